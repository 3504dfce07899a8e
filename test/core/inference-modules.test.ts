import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { afterAll, describe, expect, it, vi } from "vitest";
import plugin from "../../src/index";

/**
 * The look at other modules (src/infer/modules.ts) through the rule: what a helper module exports
 * is cached per process, re-read when it (or a module its answer came from) changes, keyed by the
 * sinks it was inferred with, and the same whichever file asks first.
 */
const root = mkdtempSync(join(tmpdir(), "http-status-infer-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const directory = join(root, name);
  mkdirSync(directory, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
  return directory;
}

/** The lines `no-magic-status` reports in `code`, linted as `file`. */
function reportedLines(file: string | undefined, code: string, settings: Record<string, unknown> = {}): number[] {
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(
    code,
    [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
      { plugins: { "http-status": plugin }, rules: { "http-status/no-magic-status": "error" }, settings: { "http-status": settings } },
    ],
    file === undefined ? {} : { filename: file },
  );
  expect(messages.filter((message) => message.ruleId !== "http-status/no-magic-status")).toEqual([]);
  return messages.map((message) => message.line);
}

/** Moves a file's modification time on, as a later save would. */
function touch(file: string, text: string, secondsLater: number): void {
  writeFileSync(file, text);
  const later = new Date(Date.now() + secondsLater * 1000);
  utimesSync(file, later, later);
}

describe("helpers in other modules", () => {
  it("re-reads a helper module that changed, after the one-second trust window", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const directory = project("edited", { "helpers.js": "export function send(res, code) { return res.json(code); }\n" });
      const caller = join(directory, "caller.js");
      const code = "import { send } from './helpers.js';\nsend(res, 404);\n";
      expect(reportedLines(caller, code)).toEqual([]);
      touch(join(directory, "helpers.js"), "export function send(res, code) { return res.status(code).end(); }\n", 5);
      vi.setSystemTime(Date.now() + 999);
      expect(reportedLines(caller, code)).toEqual([]);
      vi.setSystemTime(Date.now() + 1);
      expect(reportedLines(caller, code)).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("re-reads when a module further down the re-export chain changed", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const directory = project("chain", {
        "index.js": "export * from './errors.js';\n",
        "errors.js": "export class ApiError extends Error { constructor(code) { super(); this.reason = code; } }\n",
      });
      const caller = join(directory, "caller.js");
      const code = "import { ApiError } from './index.js';\nthrow new ApiError(403);\n";
      expect(reportedLines(caller, code)).toEqual([]);
      touch(join(directory, "errors.js"), "export class ApiError extends Error { constructor(code) { super(); this.status = code; } }\n", 5);
      vi.setSystemTime(Date.now() + 1000);
      expect(reportedLines(caller, code)).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("infers with the project's own sinks, and caches per set of sinks", () => {
    const directory = project("sinks", { "send.js": "export const reply = (res, code) => res.sendJson(code);\n" });
    const caller = join(directory, "caller.js");
    const code = "import { reply } from './send.js';\nreply(res, 201);\n";
    expect(reportedLines(caller, code)).toEqual([]);
    expect(reportedLines(caller, code, { sinks: [{ callee: "*.sendJson", argument: 0 }] })).toEqual([2]);
    expect(reportedLines(caller, code)).toEqual([]);
  });

  it("answers the same for an import cycle whichever module is read first", () => {
    const files = {
      "a.js": "import { relay } from './b.js';\nexport function answer(res, code) { relay(res, code); }\nexport function direct(res, code) { res.status(code).end(); }\n",
      "b.js": "import { direct } from './a.js';\nexport function relay(res, code) { direct(res, code); }\n",
    };
    const code = "import { answer } from './a.js';\nimport { relay } from './b.js';\nanswer(res, 404);\nrelay(res, 404);\n";
    const first = project("cycle-1", files);
    const firstLines = reportedLines(join(first, "caller.js"), code);
    // The other order in a fresh directory (a fresh cache entry): ask about b before a.
    const second = project("cycle-2", files);
    reportedLines(join(second, "probe.js"), "import { relay } from './b.js';\nrelay(res, 404);\n");
    expect(reportedLines(join(second, "caller.js"), code)).toEqual(firstLines);
    // Both go round the cycle to `res.status`: `answer` → `relay` → `direct`.
    expect(firstLines).toEqual([3, 4]);
  });

  it("follows a helper up to four modules away, and no further", () => {
    const wrapper = (next: string) => `import { send as inner } from './${next}.js';\nexport function send(res, code) { inner(res, code); }\n`;
    const files = {
      "m1.js": wrapper("m2"),
      "m2.js": wrapper("m3"),
      "m3.js": wrapper("m4"),
      "m4.js": "export function send(res, code) { res.status(code).end(); }\n",
      "n1.js": wrapper("n2"),
      "n2.js": wrapper("n3"),
      "n3.js": wrapper("n4"),
      "n4.js": wrapper("n5"),
      "n5.js": "export function send(res, code) { res.status(code).end(); }\n",
    };
    const directory = project("depth", files);
    const code = "import { send as four } from './m1.js';\nimport { send as five } from './n1.js';\nfour(res, 404);\nfive(res, 404);\n";
    expect(reportedLines(join(directory, "caller.js"), code)).toEqual([3]);
  });

  it("reads nothing from a module that does not parse, a missing module or text without a file name", () => {
    const directory = project("broken", { "broken.js": "export function send(res, code) { res.status(code) \n" });
    expect(reportedLines(join(directory, "caller.js"), "import { send } from './broken.js';\nsend(res, 404);\n")).toEqual([]);
    expect(reportedLines(join(directory, "caller.js"), "import { send } from './missing.js';\nsend(res, 404);\n")).toEqual([]);
    expect(reportedLines(undefined, "import { send } from './broken.js';\nsend(res, 404);\n")).toEqual([]);
  });

  it("resolves TypeScript's `.js` specifiers, extensionless ones and index files", () => {
    const directory = project("resolve", {
      "send.ts": "export function send(res, code: number) { res.status(code).end(); }\n",
    });
    mkdirSync(join(directory, "errors"));
    writeFileSync(join(directory, "errors/index.ts"), "export class HttpError extends Error { constructor(readonly status: number) { super(); } }\n");
    const caller = join(directory, "caller.ts");
    expect(reportedLines(caller, "import { send } from './send.js';\nsend(res, 404);\n")).toEqual([2]);
    expect(reportedLines(caller, "import { send } from './send';\nsend(res, 404);\n")).toEqual([2]);
    expect(reportedLines(caller, "import { HttpError } from './errors';\nthrow new HttpError(409);\n")).toEqual([2]);
  });
});

describe("modules named by the project's own tsconfig aliases", () => {
  const helpers = "export function sendError(res, code) { return res.status(code).end(); }\nexport function paginate(rows, size) { return rows.slice(0, size); }\n";

  it("follows `paths` and `baseUrl` of the nearest tsconfig, through a relative `extends`, with comments and trailing commas", () => {
    const directory = project("aliased", {
      "tsconfig.base.json": '{\n  // shared\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"], "~errors": ["src/lib/errors.ts"], }, },\n}\n',
      "tsconfig.json": '{ "extends": "./tsconfig.base.json", /* app */ "include": ["src"] }\n',
    });
    mkdirSync(join(directory, "src/lib"), { recursive: true });
    mkdirSync(join(directory, "src/routes"), { recursive: true });
    writeFileSync(join(directory, "src/lib/errors.ts"), helpers);
    const file = join(directory, "src/routes/users.ts");
    expect(reportedLines(file, "import { sendError, paginate } from '@/lib/errors';\nsendError(res, 404);\npaginate(rows, 200);")).toEqual([2]);
    expect(reportedLines(file, "import { sendError } from '~errors';\nsendError(res, 403);")).toEqual([2]);
    // baseUrl alone: `src/lib/errors` from the config's directory.
    expect(reportedLines(file, "import { sendError } from 'src/lib/errors';\nsendError(res, 401);")).toEqual([2]);
  });

  it("resolves `paths` targets from the declaring config when there is no baseUrl, and reads no package", () => {
    const directory = project("aliased-no-base", { "jsconfig.json": '{ "compilerOptions": { "paths": { "#app/*": ["./app/*"] } } }' });
    mkdirSync(join(directory, "app"), { recursive: true });
    mkdirSync(join(directory, "node_modules/errors-kit"), { recursive: true });
    writeFileSync(join(directory, "app/errors.js"), helpers);
    writeFileSync(join(directory, "node_modules/errors-kit/index.js"), helpers);
    const file = join(directory, "app/routes.ts");
    expect(reportedLines(file, "import { sendError } from '#app/errors';\nsendError(res, 409);")).toEqual([2]);
    expect(reportedLines(file, "import { sendError } from 'errors-kit';\nsendError(res, 409);")).toEqual([]);
  });

  it("maps nothing when the config does not parse, and notices a config written later", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const directory = project("aliased-late", { "tsconfig.json": "{ not json" });
      mkdirSync(join(directory, "src"), { recursive: true });
      writeFileSync(join(directory, "src/errors.ts"), helpers);
      const file = join(directory, "src/routes.ts");
      const code = "import { sendError } from '@/errors';\nsendError(res, 404);";
      expect(reportedLines(file, code)).toEqual([]);
      touch(join(directory, "tsconfig.json"), '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }', 5);
      vi.setSystemTime(Date.now() + 2000);
      expect(reportedLines(file, code)).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the modules that import a function returning an envelope (src/infer/importers.ts)", () => {
  const envelope = "export const Result = { fail: (code, message) => ({ code, message }) };\n";
  const guard = "import { Result } from './result.js';\nexport function gate(ctx) { return ctx.user ? undefined : Result.fail(401); }\n";
  const runner = (from: string) =>
    `import { gate } from '${from}';\nasync function run(check, ctx) { const verdict = await check(ctx); if (verdict) ctx.set.status = verdict.code; }\nrun(gate, ctx);\n`;

  it("finds an importer written later, and lets go of one that no longer sends the code, after the trust window", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const directory = project("reverse-edited", { "package.json": "{}", "result.js": envelope, "guard.js": guard });
      const guardFile = join(directory, "guard.js");
      expect(reportedLines(guardFile, guard)).toEqual([]);
      touch(join(directory, "runner.js"), runner("./guard.js"), 5);
      vi.setSystemTime(Date.now() + 999);
      expect(reportedLines(guardFile, guard)).toEqual([]);
      vi.setSystemTime(Date.now() + 1);
      expect(reportedLines(guardFile, guard)).toEqual([2]);
      touch(join(directory, "runner.js"), runner("./guard.js").replace("ctx.set.status = verdict.code", "console.log(verdict.code)"), 10);
      vi.setSystemTime(Date.now() + 1000);
      expect(reportedLines(guardFile, guard)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("follows a directory's index and an extensionless specifier, and not a module of the same name elsewhere", () => {
    const directory = project("reverse-index", {
      "package.json": "{}",
      "result.js": envelope,
      "runner.js": runner("./gates"),
    });
    mkdirSync(join(directory, "gates"));
    mkdirSync(join(directory, "other"));
    writeFileSync(join(directory, "gates", "index.js"), guard.replace("./result.js", "../result.js"));
    writeFileSync(join(directory, "other", "index.js"), guard.replace("./result.js", "../result.js"));
    expect(reportedLines(join(directory, "gates", "index.js"), guard.replace("./result.js", "../result.js"))).toEqual([2]);
    expect(reportedLines(join(directory, "other", "index.js"), guard.replace("./result.js", "../result.js"))).toEqual([]);
  });

  it("looks for importers only within the nearest package.json's project, and not in node_modules or build output", () => {
    /** A project around a package that holds the guard; runners outside the package, and in its dependencies and build output. */
    const layout = (name: string, runnerInPackage: boolean) => {
      const directory = project(name, { "package.json": "{}", "runner.js": runner("./package/guard.js") });
      const pkg = join(directory, "package");
      mkdirSync(pkg);
      writeFileSync(join(pkg, "package.json"), "{}");
      writeFileSync(join(pkg, "result.js"), envelope);
      writeFileSync(join(pkg, "guard.js"), guard);
      for (const skipped of ["node_modules", "dist"]) {
        mkdirSync(join(pkg, skipped));
        writeFileSync(join(pkg, skipped, "runner.js"), runner("../guard.js"));
      }
      if (runnerInPackage) writeFileSync(join(pkg, "runner.js"), runner("./guard.js"));
      return join(pkg, "guard.js");
    };
    expect(reportedLines(layout("reverse-bounds", false), guard)).toEqual([]);
    expect(reportedLines(layout("reverse-bounds-control", true), guard)).toEqual([2]);
  });
});
