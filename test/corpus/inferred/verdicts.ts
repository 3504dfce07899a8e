// An envelope module of an Elysia app: nothing here says HTTP. Made up for the corpus.
export class Verdict {
  constructor(
    public code: number,
    public message?: string,
  ) {}

  static deny(code = 403, message?: string) {
    return new Verdict(code, message);
  }

  static pass(data?: unknown) {
    return { code: 200, data };
  }
}

export const envelope = {
  fail: (code: number, message: string) => ({ code, message, data: null }),
};
