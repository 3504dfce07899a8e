/**
 * Odd but valid programs through every rule of configs.all: a rule meets shapes its author never
 * pictured (no arguments, spreads, private names, sparse arrays, huge or non-decimal numbers, deep
 * nesting) and must neither throw nor produce a fix that breaks the file.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import jscodeshift, { type API, type FileInfo, type Options } from "jscodeshift";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { languageConfig } from "./lint-setup.mjs";
import { type ParseMode, REPO_ROOT } from "./real-files.mjs";

const CODEMOD_PATH = join(REPO_ROOT, "dist/codemods/replace-status-literals.js");
type Transform = (file: FileInfo, api: API, options: Options) => string | null | undefined;

type Kind = "module" | "script" | "commonjs" | "ts" | "tsx" | "jsx";

interface Shape {
  readonly name: string;
  readonly kind: Kind;
  readonly code: string;
}

const MODES: Record<Kind, { mode: ParseMode; extension: string }> = {
  module: { mode: { typescript: false, jsx: false, sourceType: "module" }, extension: "mjs" },
  // Sloppy scripts (`with`) are what ESLint calls commonjs without the wrapper's scope: "script" is not a parse mode we share, so use commonjs.
  script: { mode: { typescript: false, jsx: false, sourceType: "commonjs" }, extension: "cjs" },
  commonjs: { mode: { typescript: false, jsx: false, sourceType: "commonjs" }, extension: "cjs" },
  ts: { mode: { typescript: true, jsx: false, sourceType: "module" }, extension: "ts" },
  tsx: { mode: { typescript: true, jsx: true, sourceType: "module" }, extension: "tsx" },
  jsx: { mode: { typescript: false, jsx: true, sourceType: "module" }, extension: "jsx" },
};

// Nesting depths well inside what espree and typescript-estree parse on Node 20's default stack
// (measured limits: parentheses ~700, arrays ~650, arrow functions ~320, call chains ~460);
// deeper inputs are the parser's failure to report, not a rule's.
const DEPTH = { parens: 300, arrays: 300, conditionals: 300, fallbacks: 300, calls: 300, chain: 200, functions: 120, members: 400 };

const repeat = (text: string, times: number): string => text.repeat(times);

const SHAPES: Shape[] = [
  { name: "empty file", kind: "module", code: "" },
  { name: "empty TS file", kind: "ts", code: "" },
  { name: "only whitespace", kind: "module", code: "\n\n   \t\n" },
  { name: "only comments", kind: "module", code: "// res.status(404)\n/* res.statusCode = 500 */\n/** @returns 404 */\n" },
  { name: "hashbang and directive only", kind: "commonjs", code: "#!/usr/bin/env node\n'use strict';\n" },
  { name: "deeply parenthesised status", kind: "module", code: `res.status(${repeat("(", DEPTH.parens)}404${repeat(")", DEPTH.parens)});` },
  { name: "deeply parenthesised status (TS)", kind: "ts", code: `res.status(${repeat("(", DEPTH.parens)}404${repeat(")", DEPTH.parens)});` },
  { name: "deeply nested arrays", kind: "module", code: `const statuses = ${repeat("[", DEPTH.arrays)}404${repeat("]", DEPTH.arrays)};\nres.status(statuses);` },
  { name: "deeply nested conditionals", kind: "ts", code: `res.status(${repeat("a ? ", DEPTH.conditionals)}404${repeat(" : 500", DEPTH.conditionals)});` },
  { name: "long fallback chain", kind: "module", code: `res.status(${repeat("err.status || ", DEPTH.fallbacks)}500);` },
  { name: "status calls nested in status calls", kind: "module", code: `${repeat("res.status(", DEPTH.calls)}404${repeat(")", DEPTH.calls)};` },
  { name: "long call chain", kind: "module", code: `res${repeat(".status(200).set('x', 'y')", DEPTH.chain)}.json({});` },
  { name: "long call chain (TS)", kind: "ts", code: `reply${repeat(".code(201)", DEPTH.chain)}.send();` },
  { name: "deeply nested arrow functions", kind: "module", code: `${repeat("(() => ", DEPTH.functions)}res.status(404)${repeat(")", DEPTH.functions)};` },
  { name: "long member path", kind: "ts", code: `a${repeat(".b", DEPTH.members)}.status(404);\na${repeat(".b", DEPTH.members)}.statusCode = 500;` },
  { name: "many statuses on one line", kind: "module", code: repeat("res.status(404);", 3000) },
  { name: "many statuses on many lines", kind: "commonjs", code: repeat("ctx.status = 201;\nif (res.statusCode === 404) res.status(500);\n", 1500) },
  { name: "huge integer literal", kind: "module", code: `res.status(${repeat("9", 400)});\nres.statusCode = ${repeat("4", 309)};` },
  { name: "1e400 and friends", kind: "module", code: "res.status(1e400);\nres.status(-1e400);\nres.status(4.04e2);\nres.status(.404e3);\nres.status(NaN);\nres.status(Infinity);" },
  { name: "non-decimal and bigint literals", kind: "module", code: "res.status(0x194);\nres.status(0o624);\nres.status(0b110010100);\nres.status(404n);\nres.status(0x194n);\nres.status(4_04);\nres.status(404.0);" },
  { name: "negative and unary statuses", kind: "module", code: "res.status(-404);\nres.status(+404);\nres.status(~404);\nres.status(!404);\nres.status(typeof 404);\nres.status(void 404);\nres.statusCode = -500;" },
  { name: "legacy octal in sloppy script", kind: "script", code: "res.status(0624);\nres.status(0999);" },
  { name: "huge string and template", kind: "module", code: `res.status(404).send("${repeat("x", 200_000)}");\nres.send(\`${repeat("404 ", 20_000)}\`);` },
  { name: "unicode identifiers", kind: "module", code: "const ŕes = {}; ŕes.status(404);\nconst 状态 = 404; res.status(状态);\nr\\u0065s.status(404);\nconst ünïcödé = res; ünïcödé.statusCode = 500;\nconst 𝑟𝑒𝑠 = res; 𝑟𝑒𝑠.status(201);" },
  { name: "unicode in strings and comments", kind: "ts", code: "// ステータス 404\nres.status(404).send('見つかりません 🙈');\nres.set('X-€', '€').status(500);" },
  { name: "optional chains", kind: "module", code: "res?.status?.(404);\nres?.status(404)?.json?.({});\nif (err?.response?.status === 404) {}\nif (err?.response?.status?.valueOf() === 500) {}\nres?.['status']?.(500);" },
  { name: "optional chains (TS non-null)", kind: "ts", code: "res!.status!(404);\nif (err!.response!.status! === 404) {}\n(res as any)?.status?.(500 as const);" },
  { name: "computed members", kind: "module", code: "res['status'](404);\nres[`status`](404);\nres[status](404);\nres[0](404);\nres[404](404);\nres['statusCode'] = 500;\nres[key] = 500;\nres[1 + 1] = 500;" },
  { name: "spread arguments", kind: "module", code: "res.status(...args);\nres.status(...[404]);\nres.writeHead(...[404, {}]);\nnew Response(...args);\nnew Response(null, { ...init, status: 204 });\nres.json({ ...body, status: 404 });" },
  // Which parameter a value after a spread lands in is unknown; only "no crash" is asserted here.
  { name: "status after a spread argument", kind: "module", code: "c.json(...args, 404);\nres.writeHead(...head, 404, {});\nnew HttpException(...args, 500);" },
  { name: "sparse arrays", kind: "module", code: "const s = [, , 404, , ];\nif ([401, , 403].includes(res.status)) {}\nconst [, status = 404] = list;\nconst statusCodes = [, 500, , 503];" },
  { name: "with in a sloppy script", kind: "script", code: "with (res) { status(404); statusCode = 500; send(); }\nwith (ctx) status = 404;" },
  { name: "decorators (TS)", kind: "ts", code: "@Controller('x')\nclass C {\n  @Get() @HttpCode(204) @Header('a', 'b') m() {}\n  @Redirect('/', 301) r() {}\n  @HttpCode() n() {}\n  @HttpCode(...codes) o() {}\n  @ApiResponse({ status: 404, description: 'x' }) p() {}\n}" },
  { name: "decorators (stage 3)", kind: "ts", code: "@dec class A { @HttpCode(204) m() {} @(x.y) n() {} static accessor s = 404; }" },
  { name: "JSX namespaces and members", kind: "jsx", code: "const x = <svg:rect status={404} xlink:href='a' />;\nconst y = <a:b statusCode={500}>{res.status(404)}</a:b>;\nconst z = <A.B.C status={res.statusCode === 404 ? 1 : 2} {...props} />;\nconst w = <>{404}</>;" },
  { name: "TSX generics and namespaces", kind: "tsx", code: "const f = <T,>(res: T & { status(n: number): void }) => res.status(404);\nconst el = <ns:tag data-status={404} />;\nexport default function Page() { return <div>{new Response(null, { status: 204 }).status}</div>; }" },
  { name: "TS enums", kind: "ts", code: "enum Status { NotFound = 404, Gone = 410, Computed = NotFound + 1 }\nconst enum E { A = 500 }\ndeclare enum D { B = 503 }\nres.status(Status.NotFound);\nres.status(E.A);" },
  { name: "TS namespaces and modules", kind: "ts", code: "namespace A.B { export const s = res.status(404); }\ndeclare module 'x' { const y: 404; }\ndeclare global { var statusCode: 500; }\nmodule M { res.statusCode = 500; }" },
  { name: "TS abstract classes and overloads", kind: "ts", code: "abstract class H { abstract status: number; abstract send(code: 404): void; protected handle(res: { status(n: number): void }) { res.status(404); } }\nfunction status(n: 404): void;\nfunction status(n: number) {}\nclass K extends H { status = 404; send(code: 404 = 404) {} }" },
  { name: "TS type positions", kind: "ts", code: "type S = 404 | 500;\nlet s: 404 = 404;\nfunction f(res: { status: 404 }): res is never { return res.status === 404; }\nres.status(404 as const);\nres.status(<404>404);\nres.status(404 satisfies number);\nres.status(404!);\nres.status((404 as unknown) as number);" },
  { name: "class private fields and static blocks", kind: "module", code: "class A {\n  #status = 404;\n  #res;\n  static #code = 500;\n  #send() { this.#res.status(404); return this.#status === 404; }\n  static { res.status(500); A.#code = 503; }\n  has(o) { return #status in o; }\n}" },
  { name: "labels", kind: "commonjs", code: "status: for (;;) { break status; }\nres: { res.status(404); break res; }\nstatusCode: while (true) { continue statusCode; }" },
  { name: "async generators and for await", kind: "module", code: "async function* g() { yield res.status(404); yield* other(); for await (const r of rs) { if (r.status === 404) yield 500; } }\nconst o = { async *[Symbol.asyncIterator]() { yield 404; } };" },
  { name: "top-level await", kind: "module", code: "const r = await fetch(url);\nif (r.status === 404) await res.status(404);\nawait new Response(null, { status: await 204 });" },
  { name: "top-level return in CommonJS", kind: "commonjs", code: "if (done) return res.status(404);\nmodule.exports = (req, res) => res.status(500).end();" },
  { name: "getters, setters and methods named status", kind: "module", code: "const o = { get status() { return 404; }, set status(v) {}, status() { return 500; }, statusCode() { return 404; } };\nclass K { get status() { return 404; } static status = 500; static statusCode = 404; status() { return 404; } }\nres.status = 404;" },
  { name: "status calls without arguments", kind: "module", code: "res.status();\nres.status().json();\nres.sendStatus();\nres.writeHead();\nreply.code();\nctx.throw();\nc.json();\nc.text();\nc.redirect();\ncreateError();\nnock('x').get('/').reply();\nexpect(res.status).toBe();\nassert.equal();" },
  { name: "new without arguments", kind: "ts", code: "new Response();\nnew Response;\nnew NextResponse();\nnew HttpException();\nnew HTTPException();\nnew HttpResponse();\nResponse.json();\nResponse.redirect();\nNextResponse.json();\nHttpResponse.json();" },
  { name: "objects with numeric, computed and private keys", kind: "module", code: "const a = { 200: schema, [404]: b, 0x194: c, 404n: d };\nconst b = { [status]: 404, ['statusCode']: 404, [`status`]: 404, 'status': 404, \"statusCode\": 500 };\nclass X { #statusCode = 404; 404 = 1; [404] = 2; 'statusCode' = 500; }\nreturn_({ statusCode: 404, body: '' });" },
  { name: "assignment forms", kind: "module", code: "a = res.statusCode = 404;\nres.statusCode ||= 404;\nres.statusCode ??= 500;\nres.statusCode += 404;\n({ status = 404 } = res);\n[res.statusCode] = [404];\nfor (res.statusCode of [404]) {}\nres.statusCode++;\ndelete res.statusCode;" },
  { name: "switch on status", kind: "module", code: "switch (res.status) { case 404: case -1: case 404n: case 0x194: case 'x': case res.status: default: break; }\nswitch (404) { case res.status: }\nswitch (true) { case res.status === 404: }" },
  { name: "comparisons in odd places", kind: "module", code: "if (404 === res.status) {}\nif (res.status === res.statusCode) {}\nif (res.status == '404') {}\nif (res.status === 404 === true) {}\nif ((res.status, 404) === 404) {}\nconst same = res.status === (0, 404);\nif (typeof res.status === 'number') {}" },
  { name: "comments everywhere", kind: "module", code: "res/*a*/./*b*/status/*c*/(/*d*/404/*e*/)/*f*/;\nres.status(\n  // why\n  404, // trailing\n);\nres.status(404 /* not found */ ,);" },
  { name: "imports already present or names taken", kind: "module", code: "import { StatusCodes } from 'http-status-codes';\nimport type_ from 'x';\nconst NOT_FOUND = 404;\nres.status(404);\nres.status(StatusCodes.NOT_FOUND);" },
  { name: "name taken by a local", kind: "module", code: "const StatusCodes = {};\nfunction f(StatusCodes) { res.status(404); }\nres.status(500);" },
  { name: "type-only import present (TS)", kind: "ts", code: "import type { StatusCodes } from 'http-status-codes';\nimport * as H from 'http-status-codes';\nres.status(404);\nlet s: StatusCodes = 404;" },
  { name: "CommonJS require present", kind: "commonjs", code: "'use strict';\nconst { StatusCodes: S } = require('http-status-codes');\nconst x = require('x')({});\nres.status(404);\nexports.handler = async () => ({ statusCode: 200, body: '' });" },
  { name: "tagged templates and template literals", kind: "module", code: "res.status(404)`x`;\nconst t = `${res.status(404)}${res.statusCode = 500}`;\nhtml`<p status=${404}>`;\nres.status(`404`);\nres.status('404');" },
  { name: "import.meta and new.target", kind: "module", code: "if (import.meta.status === 404) {}\nfunction F() { if (new.target.status === 404) {} }\nimport.meta.res.status(404);\nconst m = await import('x', { with: { type: 'json' } });" },
  { name: "regular expressions and other literal kinds", kind: "module", code: "res.status(/404/);\nres.status(null);\nres.status(true);\nres.status(undefined);\nres.status(this);\nres.status(super_);\nres.status(class {});\nres.status(function () {});" },
  { name: "sequence and logical wrappers", kind: "module", code: "res.status((0, 404));\nres.status(a && 404);\nres.status(a ?? 404);\nres.status(err.status ?? 500);\nres.status(a ? b : err.statusCode || 500);" },
  { name: "exports of statuses", kind: "module", code: "export default 404;\nexport const status = 404;\nexport const statusCode = res.statusCode === 404;\nconst s = 404;\nexport { s as statusText };" },
];

/** The reports of one rule that a user would see; tied to behaviour every rule set must keep. */
interface Expectation {
  readonly shape: string;
  readonly rule: string;
  readonly positions: readonly string[];
}

const MAGIC = "http-status/no-magic-status";

const EXPECTATIONS: Expectation[] = [
  // Only plain decimal literals read as statuses; 0x194, 404n, 4_04 and 404.0 are written that way on purpose.
  { shape: "non-decimal and bigint literals", rule: MAGIC, positions: [] },
  // Parentheses do not hide the status, however many there are; the report sits on the literal.
  { shape: "deeply parenthesised status", rule: MAGIC, positions: [`1:${12 + DEPTH.parens}`] },
  { shape: "optional chains", rule: MAGIC, positions: ["1:15", "2:13", "3:31", "5:19"] },
  { shape: "spread arguments", rule: MAGIC, positions: ["5:39"] },
  { shape: "sparse arrays", rule: MAGIC, positions: ["2:6", "2:13", "3:19"] },
  { shape: "status calls without arguments", rule: MAGIC, positions: [] },
];

function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), "http-status-fuzz-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "fuzz", dependencies: { "http-status-codes": "^2.3.0" } }));
  return root;
}

const isParseError = (message: Linter.LintMessage): boolean => message.fatal === true && message.ruleId === null;

describe("odd shapes", () => {
  let project: string;
  let linter: Linter;
  const results = new Map<string, Linter.LintMessage[]>();

  beforeAll(() => {
    project = makeProject();
    linter = new Linter({ cwd: project });
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("lists every rule of configs.all", () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).length).toBe(Object.keys(plugin.rules).length);
  });

  it.each(SHAPES.map((shape) => [shape.name, shape] as const))("%s: every rule runs without throwing, fixes keep it parsing", (_name, shape) => {
    const { mode, extension } = MODES[shape.kind];
    const filename = join(project, `shape.${extension}`);
    const config = [languageConfig(mode), plugin.configs.all];

    const messages = linter.verify(shape.code, config, filename);
    // The shape itself must be valid code, or it tests the parser instead of the rules.
    expect(messages.filter(isParseError)).toEqual([]);
    results.set(shape.name, messages);

    for (const message of messages) {
      for (const suggestion of message.suggestions ?? []) {
        const text = shape.code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + shape.code.slice(suggestion.fix.range[1]);
        expect(linter.verify(text, [languageConfig(mode)], filename).filter(isParseError), `suggestion of ${message.ruleId}`).toEqual([]);
      }
    }

    const fixed = linter.verifyAndFix(shape.code, config, filename);
    expect(fixed.messages.filter(isParseError)).toEqual([]);
    if (fixed.fixed) expect(linter.verifyAndFix(fixed.output, config, filename).fixed).toBe(false);
  });

  it.each(EXPECTATIONS.map((expectation) => [expectation.shape, expectation] as const))("%s: exact reports", (_name, expectation) => {
    const shape = SHAPES.find((candidate) => candidate.name === expectation.shape)!;
    const { mode, extension } = MODES[shape.kind];
    const messages =
      results.get(shape.name) ?? linter.verify(shape.code, [languageConfig(mode), plugin.configs.all], join(project, `shape.${extension}`));
    const positions = messages.filter((message) => message.ruleId === expectation.rule).map((message) => `${message.line}:${message.column}`);
    expect(positions).toEqual(expectation.positions);
  });

  it.skipIf(!existsSync(CODEMOD_PATH)).each(SHAPES.map((shape) => [shape.name, shape] as const))(
    "%s: replace-status-literals leaves parseable, stable output",
    (_name, shape) => {
      const loaded = createRequire(import.meta.url)(CODEMOD_PATH) as { default: Transform };
      const api = { jscodeshift, j: jscodeshift, stats: () => {}, report: () => {} } as unknown as API;
      const { mode, extension } = MODES[shape.kind];
      const path = join(project, `shape.${extension}`);
      let output: string;
      try {
        output = loaded.default({ path, source: shape.code }, api, {}) ?? shape.code;
      } catch (error) {
        // Babel refuses a few shapes ESLint's parsers take (`with` and legacy octals outside strict mode): the parser's call, not the codemod's.
        expect(error).toBeInstanceOf(SyntaxError);
        return;
      }
      if (output === shape.code) return;
      expect(linter.verify(output, [languageConfig(mode)], path).filter(isParseError)).toEqual([]);
      expect(loaded.default({ path, source: output }, api, {}) ?? output).toBe(output);
    },
  );
});
