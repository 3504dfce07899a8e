/**
 * `eslint --fix` with no-magic-status and the replace-status-literals codemod must give the same
 * code: every codemod fixture input and every labeled-corpus file goes through both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import transform from "../../codemods/replace-status-literals";
import plugin from "../../src/index";
import { fixtureCases, run } from "./helpers";

/** Every labeled corpus: the first one and the holdouts written blind. */
const CORPORA = readdirSync(join(__dirname, ".."))
  .filter((name) => /^corpus(?:-holdout(?:-\d+)?)?$/.test(name))
  .sort()
  .map((name) => join(__dirname, "..", name));
const EXTENSIONS = new Set([".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"]);

interface Subject {
  readonly name: string;
  readonly path: string;
  readonly source: string;
  readonly options: Record<string, unknown>;
  /** The fixture's expected output: ESLint must reach it too, so the comparison is never between two no-ops. */
  readonly expected?: string;
}

const subjects: Subject[] = [
  ...fixtureCases("replace-status-literals").map((fixture) => ({
    name: `fixture ${fixture.name}`,
    path: fixture.inputPath,
    source: fixture.input,
    options: fixture.options,
    expected: fixture.output,
  })),
  ...CORPORA.flatMap((corpus) =>
    (readdirSync(corpus, { recursive: true }) as string[])
      .filter((name) => EXTENSIONS.has(extname(name)))
      .sort()
      .map((name) => ({ name: `corpus ${basename(corpus)}/${name}`, path: join(corpus, name), source: readFileSync(join(corpus, name), "utf8"), options: {} })),
  ),
];

/** The codemod's options as the rule's options and shared settings. */
function eslintConfig(path: string, options: Record<string, unknown>): Linter.Config[] {
  const ruleOptions: Record<string, unknown> = {};
  if (typeof options.library === "string") ruleOptions.library = options.library.startsWith("{") ? JSON.parse(options.library) : options.library;
  if (options.allow !== undefined) ruleOptions.allow = String(options.allow).split(",").map(Number);
  if (options.checkComparisons !== undefined) ruleOptions.checkComparisons = options.checkComparisons;
  if (options.checkTests !== undefined) ruleOptions.checkTests = options.checkTests;
  const settings = typeof options.sinks === "string" ? { "http-status": { sinks: JSON.parse(readFileSync(options.sinks, "utf8")) } } : {};
  const jsx = /\.[jt]sx$/.test(path);
  return [
    {
      files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
      languageOptions: {
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx } },
        sourceType: path.endsWith(".cjs") ? "commonjs" : "module",
      },
      plugins: { "http-status": plugin },
      rules: { "http-status/no-magic-status": ["error", ruleOptions] },
      settings,
    },
  ];
}

describe("parity: eslint --fix vs replace-status-literals", () => {
  it("covers the fixtures and the corpus, and the corpus has literals to fix", () => {
    const corpus = subjects.filter((subject) => subject.name.startsWith("corpus"));
    expect(corpus.length).toBeGreaterThan(10);
    const changed = corpus.filter((subject) => run(transform, subject.path, subject.source, subject.options) !== subject.source);
    expect(changed.length).toBeGreaterThan(corpus.length / 2);
  });

  for (const subject of subjects) {
    it(subject.name, () => {
      const linter = new Linter({ configType: "flat" });
      const fixed = linter.verifyAndFix(subject.source, eslintConfig(subject.path, subject.options), { filename: subject.path });
      expect(fixed.messages.filter((message) => message.fatal)).toEqual([]);
      if (subject.expected !== undefined) expect(fixed.output).toBe(subject.expected);
      expect(run(transform, subject.path, subject.source, subject.options)).toBe(fixed.output);
    });
  }
});
