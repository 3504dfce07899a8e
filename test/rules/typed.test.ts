import { join } from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import noMagicStatus from "../../rules/no-magic-status";
import noUnknownStatus from "../../rules/no-unknown-status";

/**
 * Status positions with type information (src/infer/types.ts), each case linted twice: with a
 * TypeScript program (the fixture project test/fixtures/typed, through `projectService`) and
 * without one. The two lists of reports side by side are what the types add, and what they take
 * away: only where they prove a `.status` is no HTTP status (a child process's result, a string enum).
 */
const fixture = join(__dirname, "../fixtures/typed");
const filename = join(fixture, "routes.ts");

const withTypes = new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixture } } });
const withoutTypes = new RuleTester();

const IMPORT = 'import { StatusCodes } from "http-status-codes";\n';

interface Case {
  readonly name: string;
  /** Code with every literal one of the modes reports written as «404». */
  readonly code: string;
  /** The constant each marked literal gets with types, or null where types leave it alone. */
  readonly typed: readonly (string | null)[];
  /** The same without types. */
  readonly untyped: readonly (string | null)[];
}

/** `no-magic-status` cases: the reports, and the fixed output, of one mode. */
function magicCase(entry: Case, mode: "typed" | "untyped") {
  const members = entry[mode];
  const source = IMPORT + entry.code;
  const parts = source.split(/«(\d+)»/);
  if ((parts.length - 1) / 2 !== members.length) throw new Error(`${entry.name}: ${(parts.length - 1) / 2} markers for ${members.length} members`);
  const errors: { messageId: "useConstant"; line: number; column: number }[] = [];
  let code = "";
  let output = "";
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      code += part;
      output += part;
      return;
    }
    const member = members[(index - 1) / 2];
    if (member) {
      const lines = code.split("\n");
      errors.push({ messageId: "useConstant", line: lines.length, column: lines.at(-1)!.length + 1 });
      output += `StatusCodes.${member}`;
    } else {
      output += part;
    }
    code += part;
  });
  return { name: entry.name, code, filename, errors, output: errors.length > 0 ? output : null };
}

const CASES: readonly Case[] = [
  // --- Status-typed parameters ------------------------------------------------------------------
  {
    name: "a cross-file helper whose parameter is a union of statuses (its body shows no status position)",
    code: 'import { problem } from "./http";\nexport const body = problem(«404», "missing");',
    typed: ["NOT_FOUND"],
    untyped: [null],
  },
  {
    name: "an error class whose constructor takes NestJS's HttpStatus enum, and super() in its subclass",
    code:
      'import { Problem } from "./http";\n' +
      'export function conflict() { throw new Problem(«409», "conflict"); }\n' +
      'export class Gone extends Problem { constructor() { super(«410», "gone"); } }',
    typed: ["CONFLICT", "GONE"],
    untyped: [null, null],
  },
  {
    name: "an inherited constructor of that error class",
    code: 'import { NotAllowed } from "./http";\nexport const error = new NotAllowed(«405», "no");',
    typed: ["METHOD_NOT_ALLOWED"],
    untyped: [null],
  },
  {
    name: "interface methods with status-typed parameters and no body",
    code: 'import type { Responder } from "./http";\nexport function handle(out: Responder) {\n  out.send({ ok: true }, «201»);\n  out.fail(«422», "invalid");\n}',
    typed: ["CREATED", "UNPROCESSABLE_ENTITY"],
    untyped: [null, null],
  },
  {
    name: "a declared helper: a number named code beside a ServerResponse",
    code: 'import type { ServerResponse } from "node:http";\nimport { sendError } from "./http";\nexport function down(res: ServerResponse) { sendError(res, «503», "down"); }',
    typed: ["SERVICE_UNAVAILABLE"],
    untyped: [null],
  },
  {
    name: "a declared class named as an HTTP error: its number code is a status",
    code: 'import { HttpClientError } from "./http";\nexport function teapot() { throw new HttpClientError(«418», "teapot"); }',
    typed: ["IM_A_TEAPOT"],
    untyped: [null],
  },
  {
    name: "Hono's ContentfulStatusCode on a context the names do not give away",
    code:
      'import { Hono } from "hono";\nconst app = new Hono();\n' +
      'app.get("/a", (hc) => hc.json({ error: "missing" }, «404»));\n' +
      'app.get("/b", (c) => c.text("gone", «410»));',
    typed: ["NOT_FOUND", "GONE"],
    untyped: [null, "GONE"],
  },
  // --- Typed reads --------------------------------------------------------------------------------
  {
    name: "reads of a response the names do not give away",
    code:
      'import type { AxiosResponse } from "axios";\n' +
      "export function missing(result: AxiosResponse) { return result.status === «404»; }\n" +
      "export function empty(outcome: Response) { return outcome.status === «204»; }\n" +
      'export const found = (o: import("./http").Outcome) => o.status === «404»;',
    typed: ["NOT_FOUND", "NO_CONTENT", "NOT_FOUND"],
    untyped: [null, null, null],
  },
  {
    name: "a domain entity whose status is a string enum: types prove it is no HTTP status",
    code: 'import { expect } from "vitest";\nimport { createOrder } from "./http";\nexport async function created() {\n  const res = await createOrder();\n  expect(res.status).toBe(«201»);\n}',
    typed: [null],
    untyped: ["CREATED"],
  },
  // --- Contextual objects ---------------------------------------------------------------------------
  {
    name: "objects whose contextual type gives status a status type",
    code:
      'import type { ClientErrorCode } from "./http";\n' +
      "export const init: ResponseInit = { status: «201» };\n" +
      "export const rejection: { status: ClientErrorCode; reason: string } = { status: «403», reason: \"no\" };\n" +
      "export const direct = new Response(null, { status: «204» });",
    typed: ["CREATED", "FORBIDDEN", "NO_CONTENT"],
    untyped: [null, null, "NO_CONTENT"],
  },
];

/** Numbers the types must leave alone, as the syntax does: each is silent both ways. */
const TRAPS: readonly { name: string; code: string }[] = [
  { name: "a union of statuses' numbers named as page sizes", code: 'import { paginate } from "./http";\nexport const page = paginate([1, 2], 200);' },
  { name: "a number named code with nothing HTTP around it", code: 'import { retry } from "./http";\nretry(3, 500);' },
  { name: "a number named code on a class that is nothing HTTP", code: 'import { Timer } from "./http";\nexport const timer = new Timer(500);' },
  { name: "an enum of SMTP reply codes", code: 'import { smtpReply } from "./http";\nsmtpReply(250, "ok");\nsmtpReply(421, "closing");' },
  { name: "a generic parameter instantiated with a number", code: 'import { identity } from "./http";\nexport const value = identity(404);' },
  { name: "an anonymous object type with a number status", code: "export const record: { status: number } = { status: 200 };" },
  { name: "a page size key", code: 'import type { PageSize } from "./http";\nexport const page: { size: PageSize } = { size: 200 };' },
  { name: "a string-enum status compared by a response-named local", code: 'import { createOrder } from "./http";\nexport async function run() { const res = await createOrder(); return res.status === "done"; }' },
];

for (const [mode, tester] of [
  ["typed", withTypes],
  ["untyped", withoutTypes],
] as const) {
  tester.run(`no-magic-status (${mode === "typed" ? "with" : "without"} type information)`, noMagicStatus, {
    valid: [
      ...TRAPS.map((trap) => ({ name: trap.name, code: IMPORT + trap.code, filename })),
      ...CASES.filter((entry) => entry[mode].every((member) => member === null)).map((entry) => ({ name: entry.name, code: IMPORT + entry.code.replace(/«(\d+)»/g, "$1"), filename })),
    ],
    invalid: CASES.filter((entry) => entry[mode].some((member) => member !== null)).map((entry) => magicCase(entry, mode)),
  });
}

// A child process's exit status: `res` reads as a response by its name, its type says otherwise.
const EXIT_STATUS = 'import { spawnSync } from "node:child_process";\nconst res = spawnSync("git", ["pull"]);\nif (res.status === 130) process.exit(1);';

withTypes.run("no-unknown-status (with type information)", noUnknownStatus, {
  valid: [{ code: EXIT_STATUS, filename }],
  invalid: [],
});

withoutTypes.run("no-unknown-status (without type information)", noUnknownStatus, {
  valid: [],
  invalid: [{ code: EXIT_STATUS, filename, errors: [{ messageId: "unregistered", line: 3, column: 20 }] }],
});
