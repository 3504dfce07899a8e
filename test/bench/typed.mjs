#!/usr/bin/env node
/**
 * What type information costs and adds, on a TypeScript project of your choice (not kept in this
 * repository): `npm run build && node test/bench/typed.mjs <project-dir> [rounds]`, or
 * `BENCH_TYPED_PROJECT=<project-dir> npm run bench` for a section of RESULTS.md.
 *
 * The project needs its tsconfig.json and a node_modules its imports resolve in. Every .ts/.tsx file
 * under it (no .d.ts, no node_modules) is linted with ESLint's `stats: true` in four modes, each in
 * `rounds` fresh processes (median of the per-rule totals):
 *
 *   typed, side by side   this plugin's rules and @typescript-eslint/no-floating-promises in one
 *                         run with `parserOptions.projectService` (the target: ours ≤ 1.0× it);
 *   typed, ours alone     so our rules pay for every part of the checker they wake themselves;
 *   typed, theirs alone   no-floating-promises by itself, the same way;
 *   syntax only           our rules with the same parser and no program.
 *
 * It then lists every report that one mode gives and the other does not, to be judged by hand.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(join(REPO_ROOT, "package.json"));
const { ESLint } = require("eslint");
const tseslint = require("typescript-eslint");
// `npm run bench` hands over its private build; run by hand, the repository's dist/.
const plugin = require(process.env.BENCH_PLUGIN_ENTRY ?? join(REPO_ROOT, "dist/src/index.js"));

const [projectArg, roundsArg, childMode] = process.argv.slice(2);
if (!projectArg) {
  console.error("usage: node test/bench/typed.mjs <project-dir> [rounds]");
  process.exit(2);
}
const project = resolve(projectArg);
if (!existsSync(join(project, "tsconfig.json"))) {
  console.error(`typed bench: ${project} has no tsconfig.json`);
  process.exit(2);
}
const rounds = Number(roundsArg ?? 1);
const BASELINE = "@typescript-eslint/no-floating-promises";
const OURS = Object.keys(plugin.configs.all.rules);

function sourceFiles(dir, found = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) found.push(path);
  }
  return found;
}

function config({ typed, rules }) {
  return [
    {
      files: ["**/*.ts", "**/*.tsx"],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir: project } : { ecmaFeatures: { jsx: true } },
      },
      linterOptions: { reportUnusedDisableDirectives: "off" },
      plugins: { "http-status": plugin, "@typescript-eslint": tseslint.plugin },
      rules: Object.fromEntries(rules.map((rule) => [rule, "error"])),
    },
  ];
}

async function lint(files, options) {
  const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: config(options), stats: true, cache: false, warnIgnored: false });
  const started = performance.now();
  const results = await eslint.lintFiles(files);
  const wall = performance.now() - started;
  const times = new Map();
  let parse = 0;
  const reports = [];
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) times.set(rule, (times.get(rule) ?? 0) + total);
    }
    for (const message of result.messages) {
      if (message.fatal) console.error(`${relative(project, result.filePath)}: ${message.message}`);
      else reports.push(`${relative(project, result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return { wall, parse, times, reports };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const MODES = {
  sideBySide: { typed: true, rules: [...OURS, BASELINE] },
  oursAlone: { typed: true, rules: OURS },
  theirsAlone: { typed: true, rules: [BASELINE] },
  syntax: { typed: false, rules: OURS },
};

/**
 * One mode in a fresh process: typescript-eslint keeps its project service, and the checker its
 * types, for the life of a process, so a run after another would find the program built and
 * checked for it. Rounds within the process are warm on purpose (an editor's or a watch run's case).
 */
function measure(mode) {
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), project, "1", mode], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    const run = JSON.parse(child.stdout);
    run.times = new Map(run.times);
    runs.push(run);
  }
  const rule = (id) => median(runs.map((run) => run.times.get(id) ?? 0));
  const ours = median(runs.map((run) => OURS.reduce((sum, id) => sum + (run.times.get(id) ?? 0), 0)));
  return { rule, ours, parse: median(runs.map((run) => run.parse)), wall: median(runs.map((run) => run.wall)), reports: runs[0].reports };
}

const ms = (value) => value.toFixed(value >= 100 ? 0 : 1);
const files = sourceFiles(project);

if (childMode) {
  const run = await lint(files, MODES[childMode]);
  process.stdout.write(JSON.stringify({ ...run, times: [...run.times] }));
  process.exit(0);
}

console.log(`${files.length} files under ${project}, ${rounds} fresh process(es) per mode\n`);
const sideBySide = measure("sideBySide");
const oursAlone = measure("oursAlone");
const theirsAlone = measure("theirsAlone");
const syntax = measure("syntax");

const rows = [
  ["typed, side by side", sideBySide.ours, sideBySide.rule(BASELINE), sideBySide.parse, sideBySide.wall],
  ["typed, each alone", oursAlone.ours, theirsAlone.rule(BASELINE), oursAlone.parse, oursAlone.wall],
  ["syntax only", syntax.ours, undefined, syntax.parse, syntax.wall],
];
console.log("| run | http-status rules (ms) | no-floating-promises (ms) | ours × no-floating-promises | parse (ms) | wall (ms) |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [name, ours, theirs, parse, wall] of rows) {
  console.log(`| ${name} | ${ms(ours)} | ${theirs === undefined ? "–" : ms(theirs)} | ${theirs ? (ours / theirs).toFixed(2) : "–"} | ${ms(parse)} | ${ms(wall)} |`);
}
console.log("\nper rule, typed (ours alone) vs syntax only (ms):");
for (const id of OURS) console.log(`  ${id}: ${ms(oursAlone.rule(id))} vs ${ms(syntax.rule(id))}`);

const typedReports = new Set(oursAlone.reports);
const syntaxReports = new Set(syntax.reports);
const added = [...typedReports].filter((report) => !syntaxReports.has(report));
const removed = [...syntaxReports].filter((report) => !typedReports.has(report));
console.log(`\nreports: ${typedReports.size} with types, ${syntaxReports.size} without`);
console.log(`only with types (${added.length}):`);
for (const report of added) console.log(`  + ${report}`);
console.log(`only without types (${removed.length}):`);
for (const report of removed) console.log(`  - ${report}`);
