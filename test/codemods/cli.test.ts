/**
 * The built CLI (dist/src/cli.js, made by `npm run build`, which `npm test` runs first) on a temp
 * copy of the fixtures in a git repository of its own.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { unprocessedMessage } from "../../src/cli-report";
import { FIXTURES } from "./helpers";

const CLI = join(__dirname, "../../dist/src/cli.js");
const SOURCE = join(FIXTURES, "replace-status-literals");
const CASES = ["esm.input.ts", "cjs.input.js", "crlf.input.ts", "missing-code.input.ts", "no-status.input.ts"];

let project: string;

function git(...args: string[]): string {
  return execFileSync("git", ["-c", "user.email=test@example.com", "-c", "user.name=test", ...args], { cwd: project, encoding: "utf8" });
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: project, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expected(name: string): string {
  return readFileSync(join(SOURCE, name.replace(".input.", ".output.")), "utf8");
}

beforeEach(() => {
  if (!existsSync(CLI)) throw new Error("dist/src/cli.js is missing: run `npm run build` first");
  project = mkdtempSync(join(tmpdir(), "hs-cli-"));
  for (const name of [...CASES, "package.json"]) copyFileSync(join(SOURCE, name), join(project, name));
  mkdirSync(join(project, "node_modules", "dep"), { recursive: true });
  writeFileSync(join(project, "node_modules", "dep", "index.js"), "res.status(404);\n");
  mkdirSync(join(project, "dist"));
  writeFileSync(join(project, "dist", "out.js"), "res.status(404);\n");
  writeFileSync(join(project, "ignored.js"), "res.status(404);\n");
  writeFileSync(join(project, ".gitignore"), "ignored.js\n");
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "initial");
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("http-status-codemod", () => {
  it("rewrites the files and prints a summary", () => {
    const result = cli("replace-status-literals", ".");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const summary = result.stdout.replace(/ in \d+\.\d+s/, " in Ns");
    expect(summary).toBe(
      [
        "http-status-codemod replace-status-literals: 5 files in Ns",
        "  changed    4",
        "  unchanged  1",
        "  skipped    0",
        "  failed     0",
        "literals replaced: 6",
        "  200 ×2, 204 ×1, 404 ×2, 422 ×1",
        "literals left: 1",
        "  code missing in the library: 1 — missing-code.input.ts:4 (425)",
        "",
      ].join("\n"),
    );
    for (const name of CASES) expect(readFileSync(join(project, name), "utf8")).toBe(expected(name));
    // node_modules, build output and .gitignore'd files are left alone.
    expect(readFileSync(join(project, "node_modules", "dep", "index.js"), "utf8")).toBe("res.status(404);\n");
    expect(readFileSync(join(project, "dist", "out.js"), "utf8")).toBe("res.status(404);\n");
    expect(readFileSync(join(project, "ignored.js"), "utf8")).toBe("res.status(404);\n");
  });

  it("is the default transform and changes nothing on a second run", () => {
    expect(cli(".").status).toBe(0);
    git("commit", "-qam", "migrated");
    const second = cli(".");
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("  changed    0\n  unchanged  5\n");
  });

  it("writes nothing with --dry, even on a dirty tree", () => {
    writeFileSync(join(project, "esm.input.ts"), `${readFileSync(join(project, "esm.input.ts"), "utf8")}// edited\n`);
    const result = cli(".", "--dry");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("(dry run, nothing written)");
    expect(result.stdout).toContain("  changed    4\n");
    expect(git("status", "--porcelain")).toBe(" M esm.input.ts\n");
  });

  it("prints each changed file under a line naming it with --dry --print", () => {
    const result = cli("esm.input.ts", "cjs.input.js", "no-status.input.ts", "--dry", "--print");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const [printed, summary] = result.stdout.split(/(?=^http-status-codemod )/m);
    expect(printed).toBe(`==> cjs.input.js <==\n${expected("cjs.input.js")}\n==> esm.input.ts <==\n${expected("esm.input.ts")}\n`);
    expect(summary).toMatch(/^http-status-codemod replace-status-literals: 3 files in \d+\.\d+s \(dry run, nothing written\)\n {2}changed {4}2\n/);
    expect(git("status", "--porcelain")).toBe("");
  });

  it("ends quietly when the reader of --print closes the pipe", () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `  if (kind === ${i}) res.status(404).end();`);
    writeFileSync(join(project, "big.js"), `function reply(res, kind) {\n${lines.join("\n")}\n}\n`);
    git("add", ".");
    git("commit", "-qm", "big");
    // Far more than a pipe holds: the CLI is still writing when `head` has gone.
    const result = spawnSync("bash", ["-c", `"${process.execPath}" "${CLI}" big.js --dry --print | head -n 1; echo "exit \${PIPESTATUS[0]}" >&2`], {
      cwd: project,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("==> big.js <==\n");
    expect(result.stderr).toBe("exit 0\n");
  });

  it("selects files the way git does when .gitignore negates a pattern", () => {
    writeFileSync(join(project, ".gitignore"), "ignored.js\n*.pem\n!test/**/*.pem\n");
    git("commit", "-qam", "negation");
    const result = cli(".");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/ in \d+\.\d+s/, " in Ns")).toMatch(/^http-status-codemod replace-status-literals: 5 files in Ns\n {2}changed {4}4\n {2}unchanged {2}1\n/);
    for (const name of CASES) expect(readFileSync(join(project, name), "utf8")).toBe(expected(name));
    expect(readFileSync(join(project, "ignored.js"), "utf8")).toBe("res.status(404);\n");
  });

  it("adds a require to a .js file with no module syntax in a package without \"type\"", () => {
    writeFileSync(join(project, "plain.js"), "function gone(res) {\n  res.status(410).end();\n}\n");
    git("add", ".");
    git("commit", "-qm", "plain");
    expect(cli("plain.js").status).toBe(0);
    expect(readFileSync(join(project, "plain.js"), "utf8")).toBe(
      'const { StatusCodes } = require("http-status-codes");\n\nfunction gone(res) {\n  res.status(StatusCodes.GONE).end();\n}\n',
    );
  });

  it("says why files were skipped", () => {
    writeFileSync(join(project, "types.d.ts"), "export declare const gone: 410;\n");
    writeFileSync(join(project, "data.json"), '{ "status": 404 }\n');
    git("add", ".");
    git("commit", "-qm", "skipped");
    const result = cli("types.d.ts", "data.json", "esm.input.ts", "--dry");
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/ in \d+\.\d+s/, " in Ns")).toBe(
      [
        "http-status-codemod replace-status-literals: 3 files in Ns (dry run, nothing written)",
        "  changed    1",
        "  unchanged  0",
        "  skipped    2",
        "    declaration file (.d.ts), no values to name: 1 — types.d.ts",
        "    not a JavaScript or TypeScript file: 1 — data.json",
        "  failed     0",
        "literals replaced: 2",
        "  200 ×1, 404 ×1",
        "literals left: 0",
        "",
      ].join("\n"),
    );
  });

  it("refuses to write outside a git repository unless --force", () => {
    rmSync(join(project, ".git"), { recursive: true, force: true });
    const refused = cli(".");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "http-status-codemod: not in a git repository (.), so the changes could not be undone; pass --dry to preview them, or --force to write anyway\n",
    );
    expect(refused.stdout).toBe("");
    expect(readFileSync(join(project, "esm.input.ts"), "utf8")).not.toBe(expected("esm.input.ts"));
    expect(cli(".", "--dry").status).toBe(0);
    expect(readFileSync(join(project, "esm.input.ts"), "utf8")).not.toBe(expected("esm.input.ts"));
    const forced = cli(".", "--force");
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    expect(readFileSync(join(project, "esm.input.ts"), "utf8")).toBe(expected("esm.input.ts"));
  });

  it("refuses to write on a dirty git tree unless --force", () => {
    writeFileSync(join(project, "new.ts"), "export {};\n");
    const refused = cli(".");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "http-status-codemod: the git tree has uncommitted changes (new.ts); commit or stash them first, or pass --dry or --force\n",
    );
    expect(readFileSync(join(project, "esm.input.ts"), "utf8")).not.toBe(expected("esm.input.ts"));
    const forced = cli(".", "--force");
    expect(forced.status).toBe(0);
    expect(readFileSync(join(project, "esm.input.ts"), "utf8")).toBe(expected("esm.input.ts"));
  });

  it("exits 1 and names the reason for each failed file", () => {
    writeFileSync(join(project, "broken.ts"), "res.status(404\n");
    git("add", ".");
    git("commit", "-qm", "broken");
    const result = cli(".", "--cpus", "1");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("  failed     1\n    broken.ts: parse error: Unexpected token, expected \",\" (2:0)\n");
    expect(readFileSync(join(project, "broken.ts"), "utf8")).toBe("res.status(404\n");
    expect(readFileSync(join(project, "esm.input.ts"), "utf8")).toBe(expected("esm.input.ts"));
  });

  it("decides with the project's types with --tsconfig", () => {
    const typed = join(project, "typed");
    mkdirSync(typed);
    writeFileSync(join(typed, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ["*.ts"] }));
    writeFileSync(join(typed, "http.ts"), "export type ClientErrorCode = 400 | 404 | 422;\nexport function problem(code: ClientErrorCode) {\n  return { code };\n}\n");
    const input = 'import { StatusCodes } from "http-status-codes";\nimport { problem } from "./http";\n\nexport const body = problem(404);\n';
    writeFileSync(join(typed, "routes.ts"), input);
    git("add", ".");
    git("commit", "-qm", "typed");
    const syntaxOnly = cli("typed", "--run-in-band", "--dry");
    expect(syntaxOnly.status).toBe(0);
    expect(syntaxOnly.stdout).toContain("  changed    0\n");
    const result = cli("typed", "--tsconfig", "typed/tsconfig.json", "--run-in-band");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(join(typed, "routes.ts"), "utf8")).toBe(input.replace("problem(404)", "problem(StatusCodes.NOT_FOUND)"));
  });

  it("runs migrate-status-library", () => {
    writeFileSync(join(project, "codes.ts"), 'import status from "http-status";\n\nexport const gone = status.GONE;\n');
    git("add", ".");
    git("commit", "-qm", "codes");
    const result = cli("migrate-status-library", "codes.ts", "--from", "http-status", "--to", "@nestjs/common", "--run-in-band");
    expect(result.status).toBe(0);
    // It rewrites references to the old library's constants, not number literals.
    expect(result.stdout.replace(/ in \d+\.\d+s/, " in Ns")).toBe(
      [
        "http-status-codemod migrate-status-library: 1 file in Ns",
        "  changed    1",
        "  unchanged  0",
        "  skipped    0",
        "  failed     0",
        "references replaced: 1",
        "  410 ×1",
        "references left: 0",
        "",
      ].join("\n"),
    );
    expect(readFileSync(join(project, "codes.ts"), "utf8")).toBe('import { HttpStatus } from "@nestjs/common";\n\nexport const gone = HttpStatus.GONE;\n');
  });

  it("counts literals when migrate-status-library starts from numbers", () => {
    const result = cli("migrate-status-library", "esm.input.ts", "--from", "numbers", "--to", "http-status-codes", "--dry");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("\nliterals replaced: 2\n  200 ×1, 404 ×1\nliterals left: 0\n");
  });

  it.each([
    [["nope", "."], 'unknown transform "nope" (expected replace-status-literals or migrate-status-library)'],
    [[".", "--library", '{"module":"x"}'], '--library: "name" is missing (the name of the exported constants object, e.g. {"module":"@acme/http","name":"Status"})'],
    [[".", "--library", '{"name":"Status"}'], '--library: "module" is missing (the module that exports the constants, e.g. {"module":"@acme/http","name":"Status"})'],
    [[], "no paths given"],
    [["replace-status-literals"], "no paths given"],
    [[".", "--bogus"], "Unknown option '--bogus'"],
    [[".", "--library", "axios"], '--library: unknown library "axios" (expected auto, http-status-codes, http-status, @nestjs/common, node:http2, or {"module":"…","name":"…"})'],
    [[".", "--allow", "404,abc"], '--allow: "abc" is not a status code from 100 to 599'],
    [[".", "--sinks", "missing.json"], "--sinks: cannot read missing.json (ENOENT)"],
    [[".", "--cpus", "0"], '--cpus: expected a positive integer, got "0"'],
    [["src/missing"], "no such file or directory: src/missing"],
    [["migrate-status-library", "."], "migrate-status-library needs --from (http-status-codes, http-status, @nestjs/common, node:http2, numbers)"],
    [["migrate-status-library", ".", "--from", "http-status", "--to", "axios"], '--to: unknown library "axios" (expected http-status-codes, http-status, @nestjs/common, node:http2, numbers)'],
    [[".", "--from", "http-status"], "--from/--to belong to migrate-status-library"],
    [[".", "--tsconfig", "missing.json"], "--tsconfig: no such file missing.json"],
    [["migrate-status-library", ".", "--from", "http-status", "--to", "numbers", "--tsconfig", "tsconfig.json"], "--tsconfig belongs to replace-status-literals"],
  ])("rejects %j with one line, the usage and exit 2", (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    const [first, blank, usage] = result.stderr.split("\n");
    expect(first).toBe(`http-status-codemod: ${message}`);
    expect(blank).toBe("");
    expect(usage).toMatch(/^Usage: http-status-codemod /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("prints the usage for --help", () => {
    const result = cli("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: http-status-codemod /);
  });
});

describe("a run that processes fewer files than selected", () => {
  it("is an error that says how many files were dropped", () => {
    expect(unprocessedMessage({ ok: 0, nochange: 0, skip: 0, error: 0 }, 94)).toBe(
      "jscodeshift's runner processed 0 of the 94 selected files; 94 files neither changed nor reported, so the run is incomplete",
    );
    expect(unprocessedMessage({ ok: 1, nochange: 1, skip: 0, error: 0 }, 3)).toBe(
      "jscodeshift's runner processed 2 of the 3 selected files; 1 file neither changed nor reported, so the run is incomplete",
    );
  });

  it("is no error when every selected file is accounted for", () => {
    expect(unprocessedMessage({ ok: 1, nochange: 1, skip: 1, error: 1 }, 4)).toBeUndefined();
  });
});
