/**
 * The rule docs are part of the product: every example on a page is linted with the rule it
 * documents, so a ❌ example that stops reporting, a ✅ example that starts reporting, or an
 * example that no longer parses fails here instead of misleading a reader.
 *
 * Page conventions this test holds rule authors to:
 * - `docs/rules/<name>.md` exists for every rule in src/rules.ts and starts with `# http-status/<name>`;
 * - a fenced ts/tsx/js/jsx block whose nearest marker line in the 5 lines above it contains ❌ must
 *   report the rule at least once; one under ✅ must not report it; every such block must parse;
 * - `<!-- options: {...} -->` and `<!-- settings: {...} -->` (JSON) in those lines set the rule's
 *   first option and the shared settings for that block;
 * - a rule with options has `## Options`, a `### <option>` heading per option, and each option's
 *   section names its default.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index";
import { rules } from "../src/rules";

const ROOT = join(__dirname, "..");
const DOCS = join(ROOT, "docs", "rules");
const MARKER_LOOKBACK = 5;

const EXTENSIONS: Readonly<Record<string, string>> = {
  ts: "ts",
  typescript: "ts",
  tsx: "tsx",
  js: "js",
  javascript: "js",
  mjs: "mjs",
  cjs: "cjs",
  jsx: "jsx",
};

interface CodeBlock {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence, for failure messages. */
  readonly line: number;
  readonly expectation: "invalid" | "valid" | undefined;
  readonly options: Record<string, unknown> | undefined;
  readonly settings: Record<string, unknown> | undefined;
}

function parseComment(line: string, name: string, where: string): Record<string, unknown> | undefined {
  const match = new RegExp(`<!--\\s*${name}:\\s*(.*?)\\s*-->`).exec(line);
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]!) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${where}: <!-- ${name}: … --> is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let proseSinceBlock: { text: string; line: number }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[index]!);
    if (!open) {
      proseSinceBlock.push({ text: lines[index]!, line: index + 1 });
      continue;
    }
    const fence = open[1]!;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !lines[index]!.trimStart().startsWith(fence); index++) body.push(lines[index]!);
    if (index >= lines.length) throw new Error(`${file}:${start + 1}: code block is never closed`);

    let expectation: CodeBlock["expectation"];
    let options: CodeBlock["options"];
    let settings: CodeBlock["settings"];
    for (const { text, line } of proseSinceBlock.slice(-MARKER_LOOKBACK).reverse()) {
      const where = `${file}:${line}`;
      options ??= parseComment(text, "options", where);
      settings ??= parseComment(text, "settings", where);
      if (expectation === undefined && text.includes("❌")) expectation = "invalid";
      else if (expectation === undefined && text.includes("✅")) expectation = "valid";
    }
    blocks.push({ lang: open[2]!.toLowerCase(), code: body.join("\n"), line: start + 1, expectation, options, settings });
    proseSinceBlock = [];
  }
  return blocks;
}

function lintBlock(ruleName: string, block: CodeBlock, index: number) {
  const extension = EXTENSIONS[block.lang]!;
  const jsx = extension === "tsx" || extension === "jsx";
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"],
      plugins: { "http-status": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx } } },
      settings: block.settings ?? {},
      rules: { [`http-status/${ruleName}`]: block.options ? ["error", block.options] : "error" },
    },
  ];
  // A file next to the page: fixes then resolve this repository's package.json like a real project file.
  const filename = join(DOCS, `${ruleName}-example-${index}.${extension}`);
  const linter = new Linter({ cwd: ROOT });
  const messages = linter.verify(block.code, config, { filename });
  const fixed = linter.verifyAndFix(block.code, config, { filename });
  return { messages, fixed };
}

function schemaOptionKeys(schema: unknown): string[] {
  const first = Array.isArray(schema) ? (schema[0] as unknown) : schema;
  if (!first || typeof first !== "object") return [];
  const properties = (first as { properties?: Record<string, unknown> }).properties;
  return properties ? Object.keys(properties) : [];
}

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: RegExp): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start]!)![0].length;
  let end = start + 1;
  while (end < lines.length && !new RegExp(`^#{1,${level}}\\s`).test(lines[end]!)) end++;
  return lines.slice(start + 1, end).join("\n");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function defaultRenderings(value: unknown): string[] {
  const json = JSON.stringify(value);
  return typeof value === "string" ? [json, `\`${value}\``] : [json, `\`${json}\``];
}

const ruleNames = Object.keys(rules) as (keyof typeof rules)[];

describe("rule docs", () => {
  it("covers at least the rules this test was written with", () => {
    expect(ruleNames).toContain("no-magic-status");
  });

  describe.each(ruleNames)("%s", (ruleName) => {
    const path = join(DOCS, `${ruleName}.md`);
    const relative = `docs/rules/${ruleName}.md`;
    const exists = existsSync(path);
    const markdown = exists ? readFileSync(path, "utf8") : "";
    const rule = rules[ruleName];

    it("has a docs page with the generated header", () => {
      expect(exists, `${relative} is missing: every rule exported by src/rules.ts needs a docs page`).toBe(true);
      expect(markdown.split(/\r?\n/)[0], `${relative} must start with "# http-status/${ruleName}"`).toBe(`# http-status/${ruleName}`);
      expect(markdown, `${relative} needs the eslint-doc-generator header marker`).toContain("<!-- end auto-generated rule header -->");
    });

    // A missing page fails once, above; the checks that read the page would only repeat it.
    it.skipIf(!exists)("shows at least one ❌ and one ✅ example", () => {
      const blocks = codeBlocks(markdown, relative);
      const linted = blocks.filter((block) => EXTENSIONS[block.lang] !== undefined);
      expect(linted.filter((block) => block.expectation === "invalid").length, `${relative}: no code block under a ❌ line`).toBeGreaterThan(0);
      expect(linted.filter((block) => block.expectation === "valid").length, `${relative}: no code block under a ✅ line`).toBeGreaterThan(0);
    });

    const blocks = exists ? codeBlocks(markdown, relative).filter((block) => EXTENSIONS[block.lang] !== undefined) : [];
    it.each(blocks.map((block, index) => ({ block, index, name: `${relative}:${block.line} (${block.expectation ?? "unmarked"})` })))(
      "example $name",
      ({ block, index }) => {
        const { messages, fixed } = lintBlock(ruleName, block, index);
        const fatal = messages.filter((message) => message.fatal);
        expect(fatal.map((message) => `${message.line}:${message.column} ${message.message}`), `${relative}:${block.line} must parse`).toEqual([]);
        const reports = messages.filter((message) => message.ruleId === `http-status/${ruleName}`);
        const described = reports.map((message) => `${block.line + message.line}:${message.column} ${message.message}`);
        if (block.expectation === "invalid") {
          expect(reports.length, `${relative}:${block.line} is marked ❌ but ${ruleName} reports nothing`).toBeGreaterThan(0);
          const refixed = fixed.messages.filter((message) => message.fatal);
          expect(refixed.map((message) => message.message), `${relative}:${block.line}: the fixed example must parse`).toEqual([]);
        } else if (block.expectation === "valid") {
          expect(described, `${relative}:${block.line} is marked ✅ but ${ruleName} reports`).toEqual([]);
        }
      },
    );

    const optionKeys = schemaOptionKeys(rule.meta.schema);
    if (optionKeys.length > 0) {
      it.skipIf(!exists)("documents every option and its default", () => {
        const options = section(markdown, /^## Options\s*$/);
        expect(options, `${relative} needs a "## Options" section`).toBeDefined();
        const defaults = ((rule.meta as { defaultOptions?: unknown[] }).defaultOptions?.[0] ?? {}) as Record<string, unknown>;
        for (const key of optionKeys) {
          const body = section(options!, new RegExp(`^### \`?${escapeRegExp(key)}\`?\\s*$`));
          expect(body, `${relative} needs a "### ${key}" heading under "## Options"`).toBeDefined();
          if (!(key in defaults)) continue;
          const renderings = defaultRenderings(defaults[key]);
          expect(
            /default/i.test(body!) && renderings.some((rendering) => body!.includes(rendering)),
            `${relative}: the "### ${key}" section must state its default (${renderings.join(" or ")})`,
          ).toBe(true);
        }
      });
    }
  });
});
