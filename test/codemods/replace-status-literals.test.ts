import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import transform from "../../codemods/replace-status-literals";
import { OptionError, parseAllow, parseLibrary, parseSinks } from "../../codemods/lib/options";
import { parseFile, parsersFor } from "../../codemods/lib/parse";
import { mayHoldStatusLiteral } from "../../codemods/lib/prefilter";
import type { FileRecord } from "../../codemods/lib/records";
import { api, FIXTURES, fixtureCases, run } from "./helpers";

const DIR = join(FIXTURES, "replace-status-literals");
const cases = fixtureCases("replace-status-literals");

describe("replace-status-literals fixtures", () => {
  it("has the edge cases the issue lists", () => {
    const names = cases.map((fixture) => fixture.name);
    for (const name of ["esm.ts", "cjs.js", "import-type.ts", "existing-alias.ts", "existing-namespace.ts", "name-collision.ts", "use-strict.js", "shebang.js", "header-comment.ts", "crlf.ts", "jsx.jsx", "tsx.tsx", "decorators.ts", "satisfies.ts", "no-status.ts", "no-module-syntax.js", "leading-requires.js"]) {
      expect(names).toContain(name);
    }
  });

  for (const fixture of cases) {
    describe(fixture.name, () => {
      it("gives the expected output", () => {
        expect(run(transform, fixture.inputPath, fixture.input, fixture.options)).toBe(fixture.output);
      });
      it("is idempotent", () => {
        const once = run(transform, fixture.inputPath, fixture.input, fixture.options);
        expect(run(transform, fixture.inputPath, once, fixture.options)).toBe(once);
      });
      it("leaves the output fixture untouched", () => {
        const result = transform({ path: fixture.inputPath, source: fixture.output }, api, fixture.options);
        // jscodeshift counts an identical string as "unchanged": it must be the very input.
        expect(result).toBe(fixture.output);
      });
    });
  }

  it("returns an unchanged file as the identical string", () => {
    const fixture = cases.find((entry) => entry.name === "no-status.ts")!;
    expect(fixture.output).toBe(fixture.input);
    expect(transform({ path: fixture.inputPath, source: fixture.input }, api, {})).toBe(fixture.input);
  });

  it("keeps CRLF line endings, including on the added import", () => {
    const fixture = cases.find((entry) => entry.name === "crlf.ts")!;
    expect(fixture.output.replace(/\r\n/g, "")).not.toContain("\n");
    expect(fixture.output).toContain('import { StatusCodes } from "http-status-codes";\r\n');
  });
});

describe("parser per file", () => {
  it.each([
    ["src/app.ts", ["ts"]],
    ["foo.ts", ["ts"]],
    ["a.mts", ["ts"]],
    ["a.cts", ["ts"]],
    ["Page.tsx", ["tsx"]],
    ["Page.TSX", ["tsx"]],
    ["a.js", ["babel", "babylon", "tsx"]],
    ["a.jsx", ["babel", "babylon", "tsx"]],
    ["a.mjs", ["babel", "babylon", "tsx"]],
    ["a.cjs", ["babel", "babylon", "tsx"]],
    ["types.d.ts", undefined],
    ["types.d.mts", undefined],
    ["types.d.cts", undefined],
    ["style.css", undefined],
    ["notes.md", undefined],
  ])("%s → %j", (file, expected) => {
    expect(parsersFor(file)).toEqual(expected);
  });

  it("keeps `<T>x` casts in .ts and JSX in .tsx", () => {
    expect(parseFile("const x = <number>y;", ["ts"]).parser).toBe("ts");
    expect(parseFile("const x = <div>{y}</div>;", ["tsx"]).parser).toBe("tsx");
  });

  it("falls back from babel to babylon (Flow) and to tsx (satisfies) for JavaScript", () => {
    const js = parsersFor("a.js")!;
    expect(parseFile("const a = 1;", js).parser).toBe("babel");
    expect(parseFile("function f(x: number): void {}", js).parser).toBe("babylon");
    expect(parseFile("const x = {} satisfies object;", js).parser).toBe("tsx");
  });

  it("skips declaration files and other extensions", () => {
    expect(transform({ path: "types.d.ts", source: "export declare const x: 404;" }, api, {})).toBeUndefined();
    expect(transform({ path: "a.vue", source: "res.status(404)" }, api, {})).toBeUndefined();
  });

  it("throws a parse error for a file no parser accepts", () => {
    expect(() => transform({ path: join(DIR, "broken.ts"), source: "res.status(404" }, api, {})).toThrow(SyntaxError);
  });
});

describe("module kind of a file with no module syntax", () => {
  const PLAIN = "function gone(res) {\n  res.status(410).end();\n}\n";
  const REQUIRED = 'const { StatusCodes } = require("http-status-codes");\n\nfunction gone(res) {\n  res.status(StatusCodes.GONE).end();\n}\n';
  const IMPORTED = 'import { StatusCodes } from "http-status-codes";\n\nfunction gone(res) {\n  res.status(StatusCodes.GONE).end();\n}\n';

  it.each([
    [undefined, "app.js", REQUIRED],
    [undefined, "App.jsx", REQUIRED],
    ["commonjs", "app.js", REQUIRED],
    ["module", "app.js", IMPORTED],
    ["module", "App.jsx", IMPORTED],
    ["commonjs", "app.mjs", IMPORTED],
    ["module", "app.cjs", REQUIRED],
    ["commonjs", "app.ts", IMPORTED],
    ["commonjs", "app.mts", IMPORTED],
    ["module", "app.cts", REQUIRED],
  ])('package.json "type": %s, %s', (type, name, expected) => {
    const project = mkdtempSync(join(tmpdir(), "hs-package-type-"));
    try {
      const manifest = { name: "app", dependencies: { "http-status-codes": "2" }, ...(type === undefined ? {} : { type }) };
      writeFileSync(join(project, "package.json"), JSON.stringify(manifest));
      mkdirSync(join(project, "src"));
      expect(run(transform, join(project, "src", name), PLAIN)).toBe(expected);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("text prefilter", () => {
  const none = new Set<number>();
  it.each([
    ["res.status(404)", true],
    ["res.status(\n  // why\n  404\n)", true],
    ["{ statusCode: 200 }", true],
    ["if (404 === res.status) {}", true],
    ["switch (s) { case 404: }", true],
    ["res.status(/* nf */ 404)", true],
    ["res.status(<number>404)", true],
    ["const send = () => 404;", true],
    ["statusCode = 500 // fallback", true],
    ["statusCode = 500\n/* next */ run()", true],
    ["const n = x > 404;", false],
    ["if (res.status >= 400) {}", false],
    ["// returns 404", false],
    ['const s = "404";', false],
    ["const n = x + 404;", false],
    ["const n = 1.404;", false],
    ["const n = 404.5;", false],
    ["const n = 4040;", false],
    ["res.status(600)", false],
    ["res.status(4_04)", false],
  ])("%j → %s", (source, expected) => {
    expect(mayHoldStatusLiteral(source, none)).toBe(expected);
  });

  it("lets allowed codes through untouched", () => {
    expect(mayHoldStatusLiteral("res.status(404)", new Set([404]))).toBe(false);
  });
});

describe("options", () => {
  it("parses the library like the rule option", () => {
    expect(parseLibrary(undefined)).toBe("auto");
    expect(parseLibrary("node:http2")).toBe("node:http2");
    expect(parseLibrary('{"module":"@acme/http","name":"Status"}')).toEqual({ module: "@acme/http", name: "Status" });
    expect(parseLibrary({ module: "@acme/http", name: "Status", names: "http-status" })).toEqual({ module: "@acme/http", name: "Status", names: "http-status" });
    expect(() => parseLibrary("axios")).toThrow(OptionError);
    expect(() => parseLibrary("{nope")).toThrow(/invalid JSON/);
    expect(() => parseLibrary({ module: "x", name: "1bad" })).toThrow(/identifier/);
  });

  it("parses allow from a comma list, a number or an array", () => {
    expect([...parseAllow("404, 500")]).toEqual([404, 500]);
    expect([...parseAllow(404)]).toEqual([404]);
    expect([...parseAllow([418])]).toEqual([418]);
    expect(() => parseAllow("99")).toThrow(/100 to 599/);
    expect(() => parseAllow("abc")).toThrow(OptionError);
  });

  it("reads and validates a sinks file", () => {
    expect(parseSinks(join(DIR, "sinks.json"))).toEqual([{ callee: "sendJson", argument: 2 }]);
    expect(() => parseSinks(join(DIR, "missing.json"))).toThrow(/cannot read/);
    expect(() => parseSinks([{ callee: "x", bogus: 1 }])).toThrow(/unknown key "bogus"/);
  });

  it("rejects a bad option with a readable error", () => {
    expect(() => transform({ path: "a.ts", source: "res.status(404)" }, api, { library: "nope" })).toThrow(/unknown library "nope"/);
  });
});

describe("records for the CLI", () => {
  it("writes one JSON line per file with replacements and literals left", () => {
    const recordDir = mkdtempSync(join(tmpdir(), "hs-records-"));
    try {
      const fixture = cases.find((entry) => entry.name === "missing-code.ts")!;
      transform({ path: fixture.inputPath, source: fixture.input }, api, { recordDir });
      transform({ path: "types.d.ts", source: "" }, api, { recordDir });
      expect(() => transform({ path: "bad.ts", source: "res.status(404" }, api, { recordDir })).toThrow();
      const lines = readdirSync(recordDir).flatMap((name) => readFileSync(join(recordDir, name), "utf8").trim().split("\n"));
      const records = lines.map((line) => JSON.parse(line) as FileRecord);
      expect(records).toEqual([
        { file: fixture.inputPath, status: "changed", parser: "ts", replaced: { 422: 1 }, left: [{ line: 4, code: 425, reason: "missing-in-library" }] },
        { file: "types.d.ts", status: "skipped", reason: "declaration-file" },
        { file: "bad.ts", status: "failed", error: expect.stringMatching(/^parse error: .*\(1:14\)$/) },
      ]);
    } finally {
      rmSync(recordDir, { recursive: true, force: true });
    }
  });

  it("records a changed file's new text only when the CLI will print it", () => {
    const recordDir = mkdtempSync(join(tmpdir(), "hs-records-"));
    try {
      const fixture = cases.find((entry) => entry.name === "esm.ts")!;
      const unchanged = cases.find((entry) => entry.name === "no-status.ts")!;
      transform({ path: fixture.inputPath, source: fixture.input }, api, { recordDir });
      transform({ path: fixture.inputPath, source: fixture.input }, api, { recordDir, recordOutput: true });
      transform({ path: unchanged.inputPath, source: unchanged.input }, api, { recordDir, recordOutput: true });
      transform({ path: "a.vue", source: "" }, api, { recordDir, recordOutput: true });
      const lines = readdirSync(recordDir).flatMap((name) => readFileSync(join(recordDir, name), "utf8").trim().split("\n"));
      const records = lines.map((line) => JSON.parse(line) as FileRecord);
      expect(records.map((record) => record.output)).toEqual([undefined, fixture.output, undefined, undefined]);
      expect(records[3]).toEqual({ file: "a.vue", status: "skipped", reason: "not-source" });
    } finally {
      rmSync(recordDir, { recursive: true, force: true });
    }
  });

  it("records deprecated and unregistered codes as left, with their reasons", () => {
    const recordDir = mkdtempSync(join(tmpdir(), "hs-records-"));
    try {
      const fixture = cases.find((entry) => entry.name === "deprecated.ts")!;
      transform({ path: fixture.inputPath, source: fixture.input }, api, { recordDir });
      const lines = readdirSync(recordDir).flatMap((name) => readFileSync(join(recordDir, name), "utf8").trim().split("\n"));
      expect(lines.map((line) => JSON.parse(line) as FileRecord)).toEqual([
        {
          file: fixture.inputPath,
          status: "changed",
          parser: "ts",
          replaced: { 410: 1 },
          left: [
            { line: 4, code: 305, reason: "deprecated" },
            { line: 5, code: 102, reason: "deprecated" },
            { line: 6, code: 306, reason: "missing-in-library" },
            { line: 9, code: 499, reason: "unregistered" },
          ],
        },
      ]);
    } finally {
      rmSync(recordDir, { recursive: true, force: true });
    }
  });
});
