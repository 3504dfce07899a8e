/**
 * `npm run demo` is one of the two commands the README promises. It runs the built plugin
 * (`npm test` builds first, in pretest) over demo/ and must show the reports, the fixes and the
 * summary, while leaving demo/ exactly as committed.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const DEMO = join(ROOT, "demo");

function snapshot(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(directory.length + 1)] = readFileSync(path, "utf8");
  }
  return files;
}

/** Lines of the "What --fix changes" section that the diff marks as removed or added. */
function changedLines(output: string): string[] {
  const section = output.slice(output.indexOf("== What --fix changes =="), output.indexOf("== Left after --fix"));
  return section.split("\n").filter((line) => /^[-+](?![-+]{2} )/.test(line));
}

describe("npm run demo", () => {
  let run: SpawnSyncReturns<string>;
  let before: Record<string, string>;

  beforeAll(() => {
    before = snapshot(DEMO);
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    run = spawnSync(process.execPath, [join(ROOT, "scripts", "demo.mjs")], { cwd: ROOT, encoding: "utf8", env });
  });

  it("exits 0", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("leaves demo/ untouched", () => {
    expect(snapshot(DEMO)).toEqual(before);
  });

  it("names files relative to the repository, not the temporary copy", () => {
    expect(run.stdout).not.toContain("http-status-demo-");
    expect(run.stdout).toContain("\ndemo/src/express-app.js\n");
    expect(run.stdout).toContain("--- demo/src/next-route.ts\n+++ demo/src/next-route.ts (fixed)\n");
  });

  it("reports on the magic numbers", () => {
    expect(run.stdout).toMatch(/^ {2}14:18 +error +Use StatusCodes\.OK instead of the magic number 200 \(OK\) +http-status\/no-magic-status$/m);
    expect(run.stdout).toMatch(/^ {2}29:13 +error +Use HttpStatus\.NO_CONTENT instead of the magic number 204 \(No Content\) +http-status\/no-magic-status$/m);
  });

  it("shows what --fix changes, imports included", () => {
    const changed = changedLines(run.stdout);
    for (const line of [
      // CommonJS file: a require after the leading requires.
      '+const { StatusCodes } = require("http-status-codes");',
      '-  res.sendStatus(200);',
      '+  res.sendStatus(StatusCodes.OK);',
      '+    return res.status(StatusCodes.NOT_FOUND).json({ error: "no such user", statusCode: 404 });',
      "+  const status = err.status || StatusCodes.INTERNAL_SERVER_ERROR;",
      // An existing value import of the library is extended.
      '+import { getReasonPhrase, StatusCodes } from "http-status-codes";',
      "+  ctx.status = StatusCodes.CREATED;",
      '+  if (req.method !== "POST") return res.status(StatusCodes.METHOD_NOT_ALLOWED).json({ error: "use POST" });',
      "+  if (ctx.status === StatusCodes.NOT_FOUND) console.warn(\"not found\", audit);",
      // A file that imports @nestjs/common gets NestJS's own constants, merged into that import.
      '+import { Body, Controller, Delete, Get, HttpCode, HttpException, NotFoundException, Param, Post, Redirect, HttpStatus } from "@nestjs/common";',
      "+  @HttpCode(HttpStatus.NO_CONTENT)",
      '+  @ApiResponse({ status: HttpStatus.NOT_FOUND, description: "No such cat" })',
      '+    return NextResponse.json({ error: "name is required", status: 422 }, { status: StatusCodes.UNPROCESSABLE_ENTITY });',
      "+  return new Response(null, { status: StatusCodes.NO_CONTENT });",
      "+  return NextResponse.redirect(new URL(\"/products\", request.url), StatusCodes.SEE_OTHER);",
      '+import { StatusCodes } from "http-status-codes";',
      "+    const res = await request(app).get(\"/users/1\").expect(StatusCodes.OK);",
      "+    expect(res.status).toBe(StatusCodes.NOT_FOUND);",
      "+    nock(\"https://payments.example\").post(\"/charges\").times(2).reply(StatusCodes.SERVICE_UNAVAILABLE);",
      "+    expect(res.statusCode).toEqual(StatusCodes.BAD_GATEWAY);",
    ]) {
      expect(changed).toContain(line);
    }
  });

  it("leaves the traps alone", () => {
    const changed = changedLines(run.stdout);
    const count = (sign: string, text: string) => changed.filter((line) => line.startsWith(sign) && line.includes(text)).length;
    for (const trap of [
      'setTimeout(() => console.log("caches warm"), 500)',
      "limit: 200",
      "page.slice(0, 100)",
      "status >= 500",
      "const audit",
      "export const revalidate = 300;",
      "const MAX_PAGE_SIZE = 200;",
      "quantity: 200",
      "amount: 404",
      "toBeGreaterThanOrEqual(500)",
      "10_000",
    ]) {
      // A trap may sit on a line whose real status is fixed, but it must come out as it went in.
      expect(count("+", trap), trap).toBe(count("-", trap));
    }
  });

  it("keeps the code NestJS has no constant for, and says so", () => {
    const left = run.stdout.slice(run.stdout.indexOf("== Left after --fix"), run.stdout.indexOf("\nSummary: "));
    expect(left.match(/http-status\/no-magic-status/g)).toHaveLength(1);
    expect(left).toMatch(/41:47 +error +Magic HTTP status 426 \(Upgrade Required\): HttpStatus has no constant for it/);
  });

  it("shows the other rules' reports, which have no fix", () => {
    const left = run.stdout.slice(run.stdout.indexOf("== Left after --fix"), run.stdout.indexOf("\nSummary: "));
    expect(left).toMatch(/^ {2}40:48 +error +405 \(Method Not Allowed\).* +http-status\/require-status-headers$/m);
    expect(left).toMatch(/^ {2}42:14 +error +204 \(No Content\).* +http-status\/no-body-with-bodiless-status$/m);
  });

  it("ends with a one-line summary", () => {
    const lines = run.stdout.trimEnd().split("\n");
    const summary = /^Summary: 5 files, (\d+) reports \((.+)\), (\d+) fixed by --fix, (\d+) left\.$/.exec(lines[lines.length - 1]!);
    expect(summary, lines[lines.length - 1]).not.toBeNull();
    const [, reports, perRule, fixed, left] = summary!;
    // Other rules of configs.all join the count as they land; no-magic-status's share is fixed by the sample.
    const counts = new Map(perRule!.split(", ").map((entry) => [entry.split(" ")[0], Number(entry.split(" ")[1])]));
    expect(counts.get("http-status/no-magic-status")).toBe(35);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(Number(reports));
    expect(Number(fixed) + Number(left)).toBe(Number(reports));
  });
});
