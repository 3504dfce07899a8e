#!/usr/bin/env node
/**
 * `npm run bench`: what the plugin costs on real code and at scale, written to test/bench/RESULTS.md.
 *
 *   (a) lint: every rule of configs.all next to ESLint's own no-magic-numbers in the same Linter run
 *       over the real-code sample (per-rule times from Linter stats), against the parse time;
 *   (b) codemod: test/bench/codemod.mjs's numbers, when that script exists;
 *   (c) scale: synthetic Express/Koa handler projects of 1k, 5k and 10k files, each linted in a
 *       fresh process so its peak RSS is its own.
 *
 *   (d) typed: with BENCH_TYPED_PROJECT=<dir of a TypeScript project>, test/bench/typed.mjs on it: the
 *       rules with `projectService` against @typescript-eslint/no-floating-promises, and without types.
 *
 * Environment: BENCH_ROUNDS (default 3), BENCH_SCALE ("1000,5000,10000"), BENCH_NO_WRITE=1 to skip RESULTS.md,
 * BENCH_TYPED_PROJECT (no typed section without it: the project is not part of this repository).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { languageConfig, parseAttempts } from "../smoke/lint-setup.mjs";
import { buildPluginCopy } from "../smoke/plugin-build.mjs";
import { collectRealFiles, REPO_ROOT } from "../smoke/real-files.mjs";

const require = createRequire(import.meta.url);
// Not exported by ESLint; loaded by path so configs can be normalized once instead of on every verify call.
const { FlatConfigArray } = require(join(REPO_ROOT, "node_modules/eslint/lib/config/flat-config-array.js"));
const HERE = dirname(fileURLToPath(import.meta.url));
const BASELINE_RULE = "no-magic-numbers";

const EMPTY_RULES = "empty rules";
const ONE_EMPTY_RULE = "one empty rule";
const TARGET_RATIO = 1.0;
const TARGET_PARSE_SHARE = 0.02;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const pct = (value) => `${(value * 100).toFixed(2)} %`;

function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

function loadPlugin(entry) {
  return require(entry);
}

// ---------------------------------------------------------------------------------------------
// (a) lint

function lintBenchmark(plugin, rounds) {
  const { files } = collectRealFiles();
  const root = mkdtempSync(join(os.tmpdir(), "http-status-bench-"));
  // As in a user's project with the constant library installed: reports carry fixes, so their cost is counted.
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "bench", dependencies: { "http-status-codes": "^2.3.0" } }));
  const linter = new Linter({ cwd: root });
  const ours = Object.keys(plugin.configs.all.rules);
  const rulesConfig = { ...plugin.configs.all, rules: { ...plugin.configs.all.rules, [BASELINE_RULE]: "error" } };

  /**
   * Config arrays normalized once, as the ESLint class does per run: handed plain objects, Linter
   * validates and merges the whole config on every call, a cost no real lint run pays per file.
   */
  const normalizedCache = new Map();
  const normalized = (mode, name, rules) => {
    const key = `${JSON.stringify(mode)}|${name}`;
    let array = normalizedCache.get(key);
    if (!array) {
      array = new FlatConfigArray([languageConfig(mode), rules], { basePath: root });
      array.normalizeSync();
      normalizedCache.set(key, array);
    }
    return array;
  };

  // Which parse mode each file takes is found once, outside the timed rounds.
  const jobs = [];
  for (const real of files) {
    const filename = join(root, real.relativePath);
    const mode = parseAttempts(real.mode).find(
      (attempt) => !linter.verify(real.text, [languageConfig(attempt)], filename).some((message) => message.fatal),
    );
    if (mode) jobs.push({ text: real.text, filename, mode });
  }

  const runRound = (subset) => {
    const totals = { parse: 0, rules: Object.fromEntries([...ours, BASELINE_RULE].map((id) => [id, 0])), reports: {} };
    for (const job of subset) {
      const result = linter.verifyAndFix(job.text, normalized(job.mode, "stats", rulesConfig), { filename: job.filename, fix: false, stats: true });
      const pass = linter.getTimes().passes[0] ?? {};
      totals.parse += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) if (id in totals.rules) totals.rules[id] += time.total;
      for (const message of result.messages) if (message.ruleId) totals.reports[message.ruleId] = (totals.reports[message.ruleId] ?? 0) + 1;
    }
    return totals;
  };

  /**
   * Linter stats wrap every listener call in a timer, which inflates rules that listen to frequent
   * nodes (Identifier, MemberExpression) by the timer's own cost. So each rule is also measured the
   * plain way: a freshly parsed SourceCode linted with the rule, minus the same without any rule.
   * Each variant gets its own parse (outside the timer): the rules' per-file index is cached on the
   * AST, and a SourceCode reused across variants would hand all but the first a free index.
   * With `--expose-gc`, the young generation is emptied before each timed run, so the garbage of
   * the untimed parse is not collected on a timed variant's clock.
   */
  const variants = { none: {}, [BASELINE_RULE]: { rules: { [BASELINE_RULE]: "error" } }, all: plugin.configs.all };
  for (const id of ours) variants[id] = { plugins: plugin.configs.all.plugins, rules: { [id]: "error" } };
  // What ESLint itself charges for running rules at all: as many rules as ours (and one, as no-magic-numbers is), each doing nothing.
  const emptyRule = { meta: { type: "problem", schema: [] }, create: () => ({ Program() {} }) };
  const emptyPlugin = { meta: { name: "empty" }, rules: Object.fromEntries(ours.map((_, index) => [`r${index}`, emptyRule])) };
  variants[EMPTY_RULES] = { plugins: { empty: emptyPlugin }, rules: Object.fromEntries(ours.map((_, index) => [`empty/r${index}`, "error"])) };
  variants[ONE_EMPTY_RULE] = { plugins: { empty: emptyPlugin }, rules: { "empty/r0": "error" } };
  const variantNames = Object.keys(variants);
  const collectYoungGarbage = typeof globalThis.gc === "function" ? () => globalThis.gc({ type: "minor" }) : () => {};
  /**
   * A second estimate next to the median of round totals: for each file and variant, its fastest
   * run over the rounds. Interference from other processes only ever adds time, so the minimum
   * keeps the least of it; the total of those minima minus that of no rule is the other net figure.
   */
  const fastest = Object.fromEntries(variantNames.map((name) => [name, new Float64Array(jobs.length).fill(Number.POSITIVE_INFINITY)]));
  const runNetRound = (subset, keepFastest) => {
    const totals = Object.fromEntries(variantNames.map((name) => [name, 0]));
    subset.forEach((job, index) => {
      // Rotating the order spreads JIT and GC noise evenly over the variants.
      for (let step = 0; step < variantNames.length; step++) {
        const name = variantNames[(index + step) % variantNames.length];
        linter.verify(job.text, normalized(job.mode, "none", variants.none), job.filename);
        const sourceCode = linter.getSourceCode();
        collectYoungGarbage();
        const started = performance.now();
        linter.verify(sourceCode, normalized(job.mode, name, variants[name]), job.filename);
        const elapsed = performance.now() - started;
        totals[name] += elapsed;
        if (keepFastest && elapsed < fastest[name][index]) fastest[name][index] = elapsed;
      }
    });
    return Object.fromEntries(variantNames.map((name) => [name, totals[name] - totals.none]));
  };

  // Warm-up: let the JIT settle before anything is counted.
  runRound(jobs.slice(0, 300));
  runNetRound(jobs.slice(0, 300));
  const measured = [];
  const net = [];
  for (let round = 1; round <= rounds; round++) {
    let started = performance.now();
    measured.push(runRound(jobs));
    process.stderr.write(`  lint round ${round}/${rounds} (stats): ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    started = performance.now();
    net.push(runNetRound(jobs, true));
    process.stderr.write(`  lint round ${round}/${rounds} (with/without): ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  rmSync(root, { recursive: true, force: true });

  const parse = median(measured.map((round) => round.parse));
  const perRule = Object.fromEntries([...ours, BASELINE_RULE].map((id) => [id, median(measured.map((round) => round.rules[id]))]));
  const oursTotal = median(measured.map((round) => ours.reduce((sum, id) => sum + round.rules[id], 0)));
  const baseline = perRule[BASELINE_RULE];
  const netPerVariant = Object.fromEntries(variantNames.map((name) => [name, median(net.map((round) => round[name]))]));
  const sumOfFastest = (name) => fastest[name].reduce((sum, value) => sum + value, 0);
  const netFastest = Object.fromEntries(variantNames.map((name) => [name, sumOfFastest(name) - sumOfFastest("none")]));
  return {
    files: jobs.length,
    bytes: jobs.reduce((sum, job) => sum + job.text.length, 0),
    rounds,
    parse,
    perRule,
    ours,
    oursTotal,
    baseline,
    ratio: oursTotal / baseline,
    parseShare: oursTotal / parse,
    net: netPerVariant,
    netRatio: netPerVariant.all / netPerVariant[BASELINE_RULE],
    netParseShare: netPerVariant.all / parse,
    netFastest,
    netFastestRatio: netFastest.all / netFastest[BASELINE_RULE],
    reports: measured[0].reports,
  };
}

// ---------------------------------------------------------------------------------------------
// (b) codemod

function codemodBenchmark() {
  const script = join(HERE, "codemod.mjs");
  if (!existsSync(script)) return { skipped: `${script} does not exist yet` };
  const run = spawnSync(process.execPath, [script], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const line = run.stdout
    .split("\n")
    .reverse()
    .find((candidate) => candidate.startsWith("BENCH_JSON "));
  if (run.status !== 0 || !line) return { skipped: `codemod.mjs exited ${run.status} without a BENCH_JSON line:\n${run.stderr.slice(-2000)}` };
  return { numbers: JSON.parse(line.slice("BENCH_JSON ".length)), output: run.stdout };
}

// ---------------------------------------------------------------------------------------------
// (c) scale

const STATUSES = [200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503];

/** A handler module: Express or Koa, ESM or CommonJS, with status literals in the usual places and a few traps. */
function handlerSource(index) {
  const a = STATUSES[index % STATUSES.length];
  const b = STATUSES[(index * 7 + 3) % STATUSES.length];
  const c = STATUSES[(index * 11 + 5) % STATUSES.length];
  if (index % 2 === 0) {
    return `import express from "express";
import { findItem, saveItem } from "../lib/items.js";
import { sendError, paginate } from "../lib/respond.mjs";

export const router${index} = express.Router();
const TIMEOUT_MS = ${1000 + index};

router${index}.get("/items/:id", async (req, res) => {
  const item = await findItem(req.params.id, { timeout: TIMEOUT_MS, limit: 200 });
  if (!item) return res.status(${b}).json({ error: "not found", code: 404 });
  if (!item.visible) return sendError(res, ${c}, "hidden");
  item.related = paginate(item.related, 200);
  res.set("Cache-Control", "max-age=300");
  return res.status(${a}).json(item);
});

router${index}.post("/items", async (req, res, next) => {
  try {
    const saved = await saveItem(req.body);
    res.status(${c}).location(\`/items/\${saved.id}\`).json(saved);
  } catch (err) {
    if (err.status === 409) return res.sendStatus(409);
    res.statusCode = err.statusCode || 500;
    next(err);
  }
});
`;
  }
  return `"use strict";
const Router = require("@koa/router");
const { loadUser } = require("../lib/users");
const respond = require("../lib/respond.cjs");

const router = new Router();
const PAGE_SIZE = ${20 + (index % 50)};

router.get("/users/:id", async (ctx) => {
  const user = await loadUser(ctx.params.id, PAGE_SIZE);
  ctx.assert(user, ${b}, "no such user");
  ctx.status = ${a};
  ctx.body = { user, retries: 3, status: "ok" };
});

router.del("/users/:id", async (ctx) => {
  if (!ctx.state.admin) ctx.throw(${c}, "admins only");
  if (ctx.state.locked) return respond.deny(ctx, ${b});
  ctx.status = 204;
  setTimeout(() => ctx.app.emit("deleted", ctx.params.id), 500);
});

module.exports = router;
`;
}

/** The project's own reply helpers, which every handler imports: the cross-file look-up's work. */
const RESPOND_MJS = `export function sendError(res, code, message) {
  return res.status(code).json({ error: message });
}

export function paginate(rows, size) {
  return rows.slice(0, size);
}
`;
const RESPOND_CJS = `"use strict";
const respond = module.exports;

respond.deny = (ctx, status) => {
  ctx.status = status;
  ctx.body = { error: "denied" };
};
`;

/** The project on disk: 100 handler files per directory, as real services group their routes. */
function writeScaleProject(root, count) {
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: `scale-${count}`, dependencies: { express: "^5.0.0", koa: "^3.0.0" } }));
  mkdirSync(join(root, "src", "lib"), { recursive: true });
  writeFileSync(join(root, "src", "lib", "respond.mjs"), RESPOND_MJS);
  writeFileSync(join(root, "src", "lib", "respond.cjs"), RESPOND_CJS);
  for (let index = 0; index < count; index++) {
    const directory = join(root, "src", `routes-${Math.floor(index / 100)}`);
    if (index % 100 === 0) mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, `handler-${index}.${index % 2 === 0 ? "mjs" : "cjs"}`), handlerSource(index));
  }
}

/** Child process body: lint every file of a scale project once, then report time and memory. */
function scaleChild(root, count, pluginEntry) {
  const plugin = loadPlugin(pluginEntry);
  const linter = new Linter({ cwd: root });
  const configs = {
    mjs: [languageConfig({ typescript: false, jsx: false, sourceType: "module" }), plugin.configs.all],
    cjs: [languageConfig({ typescript: false, jsx: false, sourceType: "commonjs" }), plugin.configs.all],
  };
  const paths = [];
  for (let index = 0; index < count; index++) {
    const extension = index % 2 === 0 ? "mjs" : "cjs";
    paths.push([join(root, "src", `routes-${Math.floor(index / 100)}`, `handler-${index}.${extension}`), extension]);
  }
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let reports = 0;
  let fatal = 0;
  const lintAll = (count) => {
    const started = performance.now();
    for (const [path, extension] of paths) {
      const messages = linter.verify(readFileSync(path, "utf8"), configs[extension], path);
      if (!count) continue;
      for (const message of messages) {
        if (message.fatal) fatal++;
        else if (message.ruleId) reports++;
      }
    }
    return performance.now() - started;
  };
  // Cold: the process has read no helper module yet. Warm: a second pass in the same process, as an
  // editor's ESLint server or a --cache-less re-run in one process sees it; the helper modules are
  // then only re-checked on disk, not parsed again.
  const elapsed = lintAll(true);
  const warmMs = lintAll(false);
  globalThis.gc?.();
  const result = {
    files: count,
    ms: elapsed,
    warmMs,
    msPerFile: elapsed / count,
    reports,
    fatal,
    rssBeforeMB: rssBefore / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapAfterGcMB: process.memoryUsage().heapUsed / 2 ** 20,
  };
  process.stdout.write(`SCALE_JSON ${JSON.stringify(result)}\n`);
}

function scaleBenchmark(sizes, pluginEntry) {
  const results = [];
  for (const count of sizes) {
    const root = mkdtempSync(join(os.tmpdir(), `http-status-scale-${count}-`));
    try {
      writeScaleProject(root, count);
      const run = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--scale-child", root, String(count), pluginEntry], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = run.stdout.split("\n").find((candidate) => candidate.startsWith("SCALE_JSON "));
      if (run.status !== 0 || !line) throw new Error(`scale run for ${count} files failed (${run.status}):\n${run.stderr}`);
      const result = JSON.parse(line.slice("SCALE_JSON ".length));
      process.stderr.write(`  scale ${count}: ${(result.ms / 1000).toFixed(1)} s, max RSS ${result.maxRssMB.toFixed(0)} MB\n`);
      results.push(result);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Report

function versionOf(name) {
  return JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", name, "package.json"), "utf8")).version;
}

function render({ lint, codemod, scale, machine }) {
  const out = [];
  out.push("# Benchmark results", "");
  out.push(`Generated by \`npm run bench\` (test/bench/run.mjs) on ${machine.date}.`, "");
  out.push(
    table(
      ["machine", "value"],
      [
        ["CPU", machine.cpu],
        ["cores", String(machine.cores)],
        ["OS", machine.os],
        ["Node", machine.node],
        ["ESLint", machine.eslint],
        ["TypeScript", machine.typescript],
        ["@typescript-eslint/parser", machine.tsParser],
        ["plugin", machine.plugin],
      ],
    ),
    "",
  );
  out.push(
    "The machine is shared (2 cores, other processes running): absolute times are noisy; ratios measured within one run are the numbers to watch.",
    "",
  );

  out.push("## Lint: this plugin's rules vs ESLint's no-magic-numbers", "");
  out.push(
    `${lint.files} real files (${(lint.bytes / 1e6).toFixed(1)} MB of express, koa, fastify, hono, @nestjs, next/dist/server, msw, nock, axios and their HTTP dependencies), ` +
      `all rules in one Linter run with \`stats: true\`, median of ${lint.rounds} rounds. Parse time (median): ${ms(lint.parse)} ms.`,
    "",
  );
  const rows = [...lint.ours, BASELINE_RULE].map((id) => [
    id === BASELINE_RULE ? `${id} (ESLint core, baseline)` : id,
    ms(lint.perRule[id]),
    id === BASELINE_RULE ? "1.00" : (lint.perRule[id] / lint.baseline).toFixed(2),
    ms(lint.net[id]),
    id === BASELINE_RULE ? "1.00" : (lint.net[id] / lint.net[BASELINE_RULE]).toFixed(2),
    pct(lint.net[id] / lint.parse),
    ms(lint.netFastest[id]),
    id === BASELINE_RULE ? "1.00" : (lint.netFastest[id] / lint.netFastest[BASELINE_RULE]).toFixed(2),
    String(lint.reports[id] ?? 0),
  ]);
  rows.push([
    "**all http-status rules together**",
    `**${ms(lint.oursTotal)}**`,
    `**${lint.ratio.toFixed(2)}**`,
    `**${ms(lint.net.all)}**`,
    `**${lint.netRatio.toFixed(2)}**`,
    `**${pct(lint.netParseShare)}**`,
    `**${ms(lint.netFastest.all)}**`,
    `**${lint.netFastestRatio.toFixed(2)}**`,
    String(lint.ours.reduce((sum, id) => sum + (lint.reports[id] ?? 0), 0)),
  ]);
  out.push(
    table(
      ["rule", "stats time (ms)", "stats × no-magic-numbers", "net time (ms)", "net × no-magic-numbers", "net share of parse", "net, fastest runs (ms)", "fastest × no-magic-numbers", "reports"],
      rows,
    ),
    "",
  );
  out.push(
    "*stats*: per-rule time from `Linter#verifyAndFix(…, { stats: true })` (what `eslint --stats` prints); it wraps every listener call in a timer, " +
      "so rules listening to frequent nodes (Identifier, MemberExpression) carry the timer's cost too. " +
      "*net*: wall time of linting a freshly parsed SourceCode with the rule minus without any rule (ESLint's traversal, rule set-up and dispatch to the rule's listeners included; each variant parses its own copy outside the timer, so no rule reuses another's per-file index), median of the round totals. " +
      "*net, fastest runs*: the same runs, but each file counts with its fastest run over the rounds, which drops most of the time other processes take; the two net figures bound how much of a difference is noise.",
    "",
  );
  const floorRows = [ONE_EMPTY_RULE, EMPTY_RULES].map((name) => [
    name === EMPTY_RULES ? `${lint.ours.length} rules that do nothing (as many as this plugin's)` : "1 rule that does nothing (as many as no-magic-numbers)",
    ms(lint.net[name]),
    (lint.net[name] / lint.net[BASELINE_RULE]).toFixed(2),
    ms(lint.netFastest[name]),
    (lint.netFastest[name] / lint.netFastest[BASELINE_RULE]).toFixed(2),
  ]);
  out.push(
    "ESLint's own cost of running rules, measured in the same net runs: each rule below has one `Program` listener that does nothing.",
    "",
    table(["variant", "net time (ms)", "net × no-magic-numbers", "net, fastest runs (ms)", "fastest × no-magic-numbers"], floorRows),
    "",
  );
  out.push(
    `Targets (all rules together, net): ≤ ${TARGET_RATIO.toFixed(1)}× no-magic-numbers — ${lint.netRatio <= TARGET_RATIO && lint.netFastestRatio <= TARGET_RATIO ? "met" : "**missed**"} ` +
      `(${lint.netRatio.toFixed(2)}× by round totals, ${lint.netFastestRatio.toFixed(2)}× by fastest runs); ` +
      `≤ ${pct(TARGET_PARSE_SHARE)} of parse — ${lint.netParseShare <= TARGET_PARSE_SHARE ? "met" : "**missed**"} (${pct(lint.netParseShare)}).`,
    "",
  );

  out.push("## Codemod: replace-status-literals", "");
  if (codemod.skipped) {
    out.push(`Not measured: ${codemod.skipped.split("\n")[0]}`, "");
  } else {
    out.push("From test/bench/codemod.mjs (its BENCH_JSON line):", "");
    out.push(table(["measure", "value"], Object.entries(codemod.numbers).map(([key, value]) => [key, typeof value === "number" ? String(Number(value.toFixed(3))) : JSON.stringify(value)])), "");
  }

  out.push("## Scale: synthetic Express/Koa handler projects", "");
  out.push(
    "Each size linted with configs.all in a fresh Node process (files read from disk, 100 per directory); max RSS is that process's peak, heap is measured after a forced GC at the end. Every handler imports the project's own reply helpers (an ES module and a CommonJS one), so the lint reads them across files: *lint time* is the cold pass (no module read yet), *warm pass* a second pass over the same files in the same process (modules only re-checked on disk).",
    "",
  );
  out.push(
    table(
      ["files", "lint time (s)", "warm pass (s)", "ms / file", "reports", "max RSS (MB)", "heap after GC (MB)"],
      scale.map((row) => [
        String(row.files),
        (row.ms / 1000).toFixed(1),
        (row.warmMs / 1000).toFixed(1),
        row.msPerFile.toFixed(2),
        String(row.reports),
        row.maxRssMB.toFixed(0),
        row.heapAfterGcMB.toFixed(0),
      ]),
    ),
    "",
  );
  if (scale.length >= 2) {
    const first = scale[0];
    const last = scale[scale.length - 1];
    out.push(
      `From ${first.files} to ${last.files} files (×${(last.files / first.files).toFixed(0)}): time ×${(last.ms / first.ms).toFixed(2)}, ` +
        `ms per file ${first.msPerFile.toFixed(2)} → ${last.msPerFile.toFixed(2)}, max RSS ${first.maxRssMB.toFixed(0)} → ${last.maxRssMB.toFixed(0)} MB.`,
      "",
    );
  }
  return out.join("\n");
}

/** (d): typed.mjs's own report on the project BENCH_TYPED_PROJECT names, or nothing without one. */
function typedBenchmark(rounds, pluginEntry) {
  const project = process.env.BENCH_TYPED_PROJECT;
  if (!project) return "";
  process.stderr.write("typed benchmark…\n");
  const run = spawnSync(process.execPath, [join(HERE, "typed.mjs"), project, String(rounds)], {
    encoding: "utf8",
    env: { ...process.env, BENCH_PLUGIN_ENTRY: pluginEntry },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) return `\n## With type information\n\nSkipped: typed.mjs exited ${run.status}:\n\n\`\`\`\n${run.stderr.slice(-2000)}\n\`\`\`\n`;
  return `\n## With type information\n\n${run.stdout}`;
}

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const sizes = (process.env.BENCH_SCALE ?? "1000,5000,10000").split(",").map(Number).filter(Boolean);
  // A private build: a concurrent `npm run build` elsewhere must not pull dist/ from under a long run.
  const buildDirectory = mkdtempSync(join(os.tmpdir(), "http-status-bench-plugin-"));
  const pluginEntry = buildPluginCopy(buildDirectory);
  const plugin = loadPlugin(pluginEntry);
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism?.() ?? os.cpus().length,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    eslint: versionOf("eslint"),
    typescript: versionOf("typescript"),
    tsParser: versionOf("@typescript-eslint/parser"),
    plugin: `${plugin.meta.name} ${plugin.meta.version}`,
  };

  process.stderr.write("lint benchmark…\n");
  const lint = lintBenchmark(plugin, rounds);
  process.stderr.write("codemod benchmark…\n");
  const codemod = codemodBenchmark();
  process.stderr.write("scale benchmark…\n");
  const scale = scaleBenchmark(sizes, pluginEntry);
  const typed = typedBenchmark(rounds, pluginEntry);
  rmSync(buildDirectory, { recursive: true, force: true });

  const report = render({ lint, codemod, scale, machine }) + typed;
  console.log(report);
  if (process.env.BENCH_NO_WRITE !== "1") {
    writeFileSync(join(HERE, "RESULTS.md"), `${report}\n`);
    console.log(`\nwritten to ${join(HERE, "RESULTS.md")}`);
  }
}

if (process.argv[2] === "--scale-child") {
  scaleChild(process.argv[3], Number(process.argv[4]), process.argv[5]);
} else {
  await main();
}
