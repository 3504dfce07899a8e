/**
 * The rules pick candidate literals by a look at each number's parent (src/eslint-status-index.ts)
 * and the codemod from the raw text before parsing (codemods/lib/prefilter.ts), before any locator
 * runs. Neither look may lose a literal the locator would call a status: this test locates every
 * numeric Literal of real files and of the labeled corpora the slow way and checks the index holds each one
 * `no-magic-status` and `no-unknown-status` would look at, and the prefilter each one the codemod
 * could replace.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { type AnyNode, parentFromProperty, plainIntegerValue } from "../../src/ast";
import { candidateOffsets } from "../../codemods/lib/prefilter";
import { onStatusCandidates } from "../../src/eslint-status-index";
import { locateStatus } from "../../src/locate";
import { languageConfig, parseAttempts } from "./lint-setup.mjs";
import { collectRealFiles } from "./real-files.mjs";

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly typescript: boolean;
}

function corpusSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const directory of readdirSync(join(__dirname, "..")).filter((name) => /^corpus(?:-holdout(?:-\d+)?)?$/.test(name))) {
    const root = join(__dirname, "..", directory);
    for (const name of (readdirSync(root, { recursive: true }) as string[]).sort()) {
      if (![".js", ".ts", ".tsx", ".jsx", ".cjs", ".mjs"].includes(extname(name))) continue;
      samples.push({ name: `${directory}/${name}`, text: readFileSync(join(root, name), "utf8"), typescript: true });
    }
  }
  return samples;
}

/** Literals the locator places in a status position that the index or the prefilter does not list, as "file:line: code". */
function missedLiterals(): { checked: number; missed: string[]; prefilterChecked: number; prefilterMissed: string[] } {
  const missed: string[] = [];
  const prefilterMissed: string[] = [];
  let checked = 0;
  let prefilterChecked = 0;
  const prefilterCache = new WeakMap<object, ReadonlySet<number>>();
  const noneAllowed = new Set<number>();
  const probe: TSESLint.RuleModule<"x"> = {
    defaultOptions: [],
    meta: { type: "problem", messages: { x: "x" }, schema: [] },
    create(context) {
      // The index as the rules get it, from the same listeners they return.
      let indexed: ReadonlySet<TSESTree.Node> = new Set();
      const candidates = onStatusCandidates(context, (_catalogue, index) => {
        indexed = new Set(index.literals.map((literal) => literal.node));
      });
      const expected: { node: TSESTree.Literal; code: number }[] = [];
      return {
        ...candidates,
        Literal(node: TSESTree.Literal) {
          candidates.Literal?.(node);
          const code = plainIntegerValue(node as unknown as AnyNode);
          if (code === undefined) return;
          const position = locateStatus(node as unknown as AnyNode, parentFromProperty);
          if (!position) return;
          if (code >= 100 && code <= 599) {
            prefilterChecked++;
            let offsets = prefilterCache.get(context.sourceCode);
            if (!offsets) {
              offsets = new Set(candidateOffsets(context.sourceCode.text, noneAllowed));
              prefilterCache.set(context.sourceCode, offsets);
            }
            if (!offsets.has(node.range[0])) prefilterMissed.push(`${context.filename}:${node.loc.start.line}: ${code}`);
          }
          // Every three-digit status counts; outside 100–999 only what no-unknown-status reports: a status set through a known API.
          const setThroughApi = position.sink.kind === "call" && position.category !== "assertion";
          if ((code < 100 || code > 999) && !setThroughApi) return;
          expected.push({ node, code });
        },
        "Program:exit"(node: TSESTree.Program) {
          candidates["Program:exit"]?.(node);
          for (const { node: literal, code } of expected) {
            checked++;
            if (!indexed.has(literal)) missed.push(`${context.filename}:${literal.loc.start.line}: ${code}`);
          }
        },
      };
    },
  };
  const plugin = { rules: { probe } } as unknown as NonNullable<Linter.Config["plugins"]>[string];
  const linter = new Linter({ configType: "flat" });
  const lint = (text: string, filename: string, config: Linter.Config) =>
    linter.verify(text, [config, { plugins: { index: plugin }, rules: { "index/probe": "error" } }], filename);

  for (const sample of corpusSamples()) {
    lint(sample.text, join(__dirname, sample.name), {
      files: ["**/*.{js,cjs,mjs,jsx,ts,tsx}"],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    });
  }
  // Every third real file keeps the run short; the full set runs in the real-code smoke test.
  const { files } = collectRealFiles();
  files.forEach((real, position) => {
    if (position % 3 !== 0) return;
    const filename = join(__dirname, "sample", real.relativePath);
    for (const mode of parseAttempts(real.mode)) {
      const messages = lint(real.text, filename, languageConfig(mode));
      if (!messages.some((message) => message.fatal)) break;
    }
  });
  return { checked, missed, prefilterChecked, prefilterMissed };
}

describe("status index completeness", () => {
  it("lists every literal in a status position, in the corpora and in real code, for the rules and the codemod", () => {
    const { checked, missed, prefilterChecked, prefilterMissed } = missedLiterals();
    expect(checked).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
    expect(prefilterChecked).toBeGreaterThan(1000);
    expect(prefilterMissed).toEqual([]);
  });
});
