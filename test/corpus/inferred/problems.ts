// A service's own error classes and reply helpers (made up), used by the files beside this one.
export class ProblemError extends Error {
  constructor(
    public readonly status: number,
    readonly title: string,
  ) {
    super(title);
  }
}

export class ValidationProblem extends ProblemError {
  constructor(readonly fields: string[]) {
    super(422, "invalid input"); // expect: no-magic-status
  }
}

class HttpFailureError extends Error {
  httpCode: number;
  constructor(httpCode: number, detail?: string) {
    super(detail);
    this.httpCode = httpCode;
  }
}
export default HttpFailureError;

export function problem(res, status: number, title: string) {
  return res.status(status).type("application/problem+json").json({ title, status });
}

export const ok = (res, body, code = 200) => res.status(code).json(body); // expect: no-magic-status

export function getStatusCode(error: unknown): number {
  if (error instanceof ProblemError) return error.status;
  return 500; // expect: no-magic-status
}

// Not statuses: a money type and a paging helper that live next to the errors.
export class Amount {
  constructor(
    readonly cents: number,
    readonly currency: string,
  ) {}
}
export function firstPage<T>(rows: T[], size: number): T[] {
  return rows.slice(0, size);
}
export const quotas = { free: 100, team: 500 };
