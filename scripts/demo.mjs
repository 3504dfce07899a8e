// `npm run demo`: lints the bundled sample app in demo/ with every rule of the built plugin, shows
// the reports, then what `--fix` changes, file by file. It works on a copy in a temporary
// directory, so demo/ stays as committed and the demo can be run again and again.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";

const root = fileURLToPath(new URL("..", import.meta.url));
const demoDir = join(root, "demo");

let httpStatus;
try {
  // The ESM entry, as a user's eslint.config.js would load it.
  ({ default: httpStatus } = await import(new URL("../dist/src/index.mjs", import.meta.url).href));
} catch (error) {
  console.error(`demo: cannot load the built plugin (${error.message}); run \`npm run build\` first.`);
  process.exit(2);
}

const overrideConfig = [
  httpStatus.configs.all,
  { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } },
];

/** Line diff by longest common subsequence; the demo files are small enough for the quadratic table. */
function diffLines(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  const common = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ sign: " ", text: a[i++], oldLine: i, newLine: ++j });
    // Deletions before insertions, as diff(1) prints a changed line.
    else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) ops.push({ sign: "-", text: a[i++], oldLine: i, newLine: j });
    else ops.push({ sign: "+", text: b[j++], oldLine: i, newLine: j });
  }
  return ops;
}

/** Unified-diff hunks with `context` unchanged lines around each change. */
function unifiedDiff(before, after, context = 2) {
  const ops = diffLines(before, after);
  const changed = ops.map((op, index) => (op.sign === " " ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return [];
  const hunks = [];
  let start = Math.max(0, changed[0] - context);
  let end = Math.min(ops.length, changed[0] + context + 1);
  for (const index of changed.slice(1)) {
    if (index - context <= end) {
      end = Math.min(ops.length, index + context + 1);
    } else {
      hunks.push([start, end]);
      start = Math.max(0, index - context);
      end = Math.min(ops.length, index + context + 1);
    }
  }
  hunks.push([start, end]);
  const lines = [];
  for (const [from, to] of hunks) {
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.sign !== "+").length;
    const newCount = slice.filter((op) => op.sign !== "-").length;
    const first = slice[0];
    const oldStart = first.sign === "+" ? first.oldLine + 1 : first.oldLine;
    const newStart = first.sign === "-" ? first.newLine + 1 : first.newLine;
    lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of slice) lines.push(`${op.sign}${op.text}`);
  }
  return lines;
}

function withRelativePaths(results, base) {
  return results.map((result) => ({ ...result, filePath: join("demo", relative(base, result.filePath)) }));
}

function countProblems(results) {
  return results.reduce((sum, result) => sum + result.messages.length, 0);
}

const work = mkdtempSync(join(tmpdir(), "http-status-demo-"));
try {
  cpSync(demoDir, work, { recursive: true });

  const linter = new ESLint({ cwd: work, overrideConfigFile: true, overrideConfig });
  const results = await linter.lintFiles(["src"]);
  const formatter = await linter.loadFormatter("stylish");
  const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => `${result.filePath}:${message.line}: ${message.message}`));
  if (fatal.length > 0) {
    console.error(`demo: the sample app does not parse:\n${fatal.join("\n")}`);
    process.exitCode = 1;
  }

  console.log("== Reports (eslint demo/src) ==");
  console.log(formatter.format(withRelativePaths(results, work)) || "No problems.\n");

  const fixer = new ESLint({ cwd: work, overrideConfigFile: true, overrideConfig, fix: true });
  const fixedResults = await fixer.lintFiles(["src"]);
  await ESLint.outputFixes(fixedResults);

  console.log("== What --fix changes ==");
  for (const result of fixedResults) {
    const name = join("demo", relative(work, result.filePath));
    const before = readFileSync(join(demoDir, relative(work, result.filePath)), "utf8");
    const after = readFileSync(result.filePath, "utf8");
    const hunks = unifiedDiff(before, after);
    if (hunks.length === 0) {
      console.log(`${name}: unchanged\n`);
      continue;
    }
    console.log(`--- ${name}\n+++ ${name} (fixed)`);
    console.log(`${hunks.join("\n")}\n`);
  }

  console.log("== Left after --fix (suggestions, codes without a constant, rules without a fix) ==");
  console.log(formatter.format(withRelativePaths(fixedResults, work)) || "Nothing left.\n");

  const reports = countProblems(results);
  const left = countProblems(fixedResults);
  const byRule = new Map();
  for (const message of results.flatMap((result) => result.messages)) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
  const perRule = [...byRule].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([rule, count]) => `${rule} ${count}`).join(", ");
  console.log(`Summary: ${results.length} files, ${reports} reports (${perRule || "none"}), ${reports - left} fixed by --fix, ${left} left.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
