/**
 * The built CLI (dist/src/cli.js, made by `npm run build`, which `npm test` runs first) on a temp
 * copy of the fixtures in a git repository of its own.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

  it("prints the changed files with --dry --print", () => {
    const result = cli("esm.input.ts", "--dry", "--print");
    expect(result.stdout).toContain(expected("esm.input.ts"));
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
    expect(result.stdout).toContain("literals replaced: 1\n  410 ×1\n");
    expect(readFileSync(join(project, "codes.ts"), "utf8")).toBe('import { HttpStatus } from "@nestjs/common";\n\nexport const gone = HttpStatus.GONE;\n');
  });

  it.each([
    [["nope", "."], 'unknown transform "nope" (expected replace-status-literals or migrate-status-library)'],
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
