// Benchmark: the built replace-status-literals codemod versus a no-op transform over the same real
// files (framework sources installed in node_modules), both through jscodeshift's runner in dry mode.
// Prints both wall times, the ratio and files/second, then one `BENCH_JSON {...}` line.
//
//   npm run build && node test/bench/codemod.mjs [--files 3000] [--rounds 3] [--cpus N]
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({ options: { files: { type: "string" }, rounds: { type: "string" }, cpus: { type: "string" } } });
const maxFiles = Number(values.files ?? 3000);
const rounds = Number(values.rounds ?? 3);

const SOURCES = [
  "express", "router", "body-parser", "finalhandler", "send", "serve-static", "http-errors", "statuses",
  "koa", "@koa", "fastify", "@fastify", "hono", "@nestjs", "next/dist/server", "axios", "msw",
  "supertest", "superagent", "nock", "next/dist/client",
];
const EXTENSIONS = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;

function collect(directory, files) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) collect(path, files);
    else if (entry.isFile() && EXTENSIONS.test(entry.name) && !DECLARATION.test(entry.name)) files.push(path);
  }
  return files;
}

const files = [];
for (const source of SOURCES) {
  const directory = join(root, "node_modules", source);
  if (existsSync(directory)) files.push(...collect(directory, []).sort());
  if (files.length >= maxFiles) break;
}
files.length = Math.min(files.length, maxFiles);
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

const codemod = join(root, "dist/codemods/replace-status-literals.js");
if (!existsSync(codemod)) {
  console.error("dist/codemods/replace-status-literals.js is missing: run `npm run build` first");
  process.exit(1);
}
const noop = join(root, "test/bench/noop-transform.js");
const parseOnly = join(root, "test/bench/parse-only-transform.js");
const { run } = require("jscodeshift/src/Runner");

async function time(transform, extra = {}) {
  const options = {
    babel: false,
    dry: true,
    silent: true,
    extensions: "js,jsx,mjs,cjs,ts,tsx,mts,cts",
    ...(values.cpus ? { cpus: Number(values.cpus) } : {}),
    ...extra,
  };
  const start = process.hrtime.bigint();
  const result = await run(transform, files, options);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, result };
}

// Warm the file system cache and the module cache of the disk before measuring.
await time(noop);
const noopTimes = [];
const parseOnlyTimes = [];
const codemodTimes = [];
let last;
for (let round = 0; round < rounds; round++) {
  noopTimes.push((await time(noop)).seconds);
  parseOnlyTimes.push((await time(parseOnly)).seconds);
  // The records directory is what http-status-codemod passes: its cost belongs to the measurement.
  const recordDir = mkdtempSync(join(tmpdir(), "hs-bench-"));
  try {
    last = await time(codemod, { recordDir });
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
  codemodTimes.push(last.seconds);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const noopSeconds = median(noopTimes);
const codemodSeconds = median(codemodTimes);
const parseOnlySeconds = median(parseOnlyTimes);
const ratio = codemodSeconds / noopSeconds;
const { ok, nochange, skip, error } = last.result;

console.log(`files: ${files.length} (${(bytes / 1e6).toFixed(1)} MB) from ${SOURCES.length} package paths; ${rounds} rounds, medians`);
console.log(`no-op transform:         ${noopSeconds.toFixed(3)} s  (${Math.round(files.length / noopSeconds)} files/s)`);
console.log(`parse every file only:   ${parseOnlySeconds.toFixed(3)} s  (${Math.round(files.length / parseOnlySeconds)} files/s)`);
console.log(`replace-status-literals: ${codemodSeconds.toFixed(3)} s  (${Math.round(files.length / codemodSeconds)} files/s)`);
console.log(`ratio: ${ratio.toFixed(3)}× (target ≤ 1.2×)   codemod results: ${ok} would change, ${nochange} unchanged, ${skip} skipped, ${error} failed`);
console.log(
  `BENCH_JSON ${JSON.stringify({
    name: "codemod.replace-status-literals",
    files: files.length,
    bytes,
    rounds,
    noopSeconds: Number(noopSeconds.toFixed(3)),
    codemodSeconds: Number(codemodSeconds.toFixed(3)),
    ratio: Number(ratio.toFixed(3)),
    parseOnlySeconds: Number(parseOnlySeconds.toFixed(3)),
    ratioToParseOnly: Number((codemodSeconds / parseOnlySeconds).toFixed(3)),
    filesPerSecond: Math.round(files.length / codemodSeconds),
    noopFilesPerSecond: Math.round(files.length / noopSeconds),
    results: { ok, nochange, skip, error },
    target: 1.2,
  })}`,
);
