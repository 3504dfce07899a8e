/**
 * Precision and recall of every rule on a labeled corpus (format in DESIGN.md: a line a rule must
 * report ends with `// expect: <rule>[, <rule>]`; every other line must stay silent).
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "../src/index";

export interface RuleScore {
  readonly rule: string;
  readonly truePositives: number;
  readonly falsePositives: string[];
  readonly falseNegatives: string[];
  readonly precision: number;
  readonly recall: number;
}

const CORPUS_EXTENSIONS = new Set([".js", ".cjs", ".mjs", ".jsx", ".ts", ".cts", ".mts", ".tsx"]);
const EXPECT_COMMENT = /\/\/\s*expect:\s*([\w\-/, ]+?)\s*$/;

function corpusFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CORPUS_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function expectedLabels(source: string): Map<number, Set<string>> {
  const labels = new Map<number, Set<string>>();
  source.split(/\r?\n/).forEach((line, index) => {
    const match = EXPECT_COMMENT.exec(line);
    if (!match) return;
    const rules = match[1]!
      .split(",")
      .map((rule) => rule.trim().replace(/^http-status\//, ""))
      .filter(Boolean);
    labels.set(index + 1, new Set(rules));
  });
  return labels;
}

export function scoreCorpus(directory: string): { scores: RuleScore[]; files: number; parseErrors: string[] } {
  const ruleNames = Object.keys(plugin.rules);
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    {
      files: ["**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}"],
      languageOptions: {
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx: true } },
        sourceType: "module",
      },
      plugins: { "http-status": plugin as never },
      rules: Object.fromEntries(ruleNames.map((name) => [`http-status/${name}`, "error"])),
    },
  ];
  const tallies = new Map(ruleNames.map((rule) => [rule, { truePositives: 0, falsePositives: [] as string[], falseNegatives: [] as string[] }]));
  const parseErrors: string[] = [];
  const files = corpusFiles(directory);
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const messages = linter.verify(source, config, { filename: file });
    const reported = new Map<string, Set<number>>();
    for (const message of messages) {
      if (!message.ruleId) {
        parseErrors.push(`${file}:${message.line}: ${message.message}`);
        continue;
      }
      const rule = message.ruleId.replace(/^http-status\//, "");
      if (!reported.has(rule)) reported.set(rule, new Set());
      reported.get(rule)!.add(message.line);
    }
    const labels = expectedLabels(source);
    const lines = source.split(/\r?\n/);
    for (const [rule, tally] of tallies) {
      const got = reported.get(rule) ?? new Set<number>();
      for (const line of got) {
        if (labels.get(line)?.has(rule)) tally.truePositives++;
        else tally.falsePositives.push(`${file}:${line}: ${lines[line - 1]?.trim()}`);
      }
      for (const [line, rules] of labels) {
        if (rules.has(rule) && !got.has(line)) tally.falseNegatives.push(`${file}:${line}: ${lines[line - 1]?.trim()}`);
      }
    }
  }
  const scores = [...tallies].map(([rule, tally]) => {
    const reportedCount = tally.truePositives + tally.falsePositives.length;
    const expectedCount = tally.truePositives + tally.falseNegatives.length;
    return {
      rule,
      ...tally,
      precision: reportedCount === 0 ? 1 : tally.truePositives / reportedCount,
      recall: expectedCount === 0 ? 1 : tally.truePositives / expectedCount,
    };
  });
  return { scores, files: files.length, parseErrors };
}
