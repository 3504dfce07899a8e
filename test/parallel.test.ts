/**
 * The engines a user's ESLint may run the plugin under must agree with a plain single-threaded run:
 * worker threads (`--concurrency`), the result cache (`--cache`), and the editor path
 * (`--stdin --stdin-filename`, what the VS Code extension uses). Rules that kept state between
 * files, or options that do not survive cloning to a worker, show up here as differing reports.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPluginCopy } from "./smoke/plugin-build.mjs";
import { collectRealFiles, REPO_ROOT } from "./smoke/real-files.mjs";

const ESLINT_BIN = join(REPO_ROOT, "node_modules/eslint/bin/eslint.js");
const CORPUS = join(REPO_ROOT, "test/corpus");
/** Every n-th file of the real-code sample: a few hundred files from every package, not only the first ones. */
const REAL_FILE_STRIDE = 12;

const CONFIG = `import tsParser from "@typescript-eslint/parser";
import plugin from "../plugin/dist/src/index.mjs";

export default [
  { files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.jsx", "**/*.tsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  // Real files carry eslint-disable comments for their own rule sets.
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" } },
  plugin.configs.all,
];
`;

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: unknown;
  suggestions?: unknown;
  fatal?: boolean;
}

interface LintResult {
  filePath: string;
  messages: LintMessage[];
  output?: string;
}

interface Workspace {
  root: string;
  project: string;
}

/**
 * A project outside the repository: its own build of the plugin (a concurrent `npm run build` empties
 * the shared dist/ for a while), the corpus, and a sample of real files renamed so their extension
 * says how to parse them (.cjs for CommonJS, .mjs for ES modules), as a user's project would.
 */
function makeWorkspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), "http-status-parallel-"));
  const plugin = join(root, "plugin");
  const project = join(root, "project");
  buildPluginCopy(plugin);

  mkdirSync(project);
  symlinkSync(join(REPO_ROOT, "node_modules"), join(project, "node_modules"), "dir");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "parallel-fixture", private: true, dependencies: { "http-status-codes": "^2.3.0" } }));
  writeFileSync(join(project, "eslint.config.mjs"), CONFIG);
  cpSync(CORPUS, join(project, "corpus"), { recursive: true });

  const { files } = collectRealFiles();
  files.forEach((real, index) => {
    // ESLint 10 looks a config up from each file's directory: a package's own eslint.config.js would take over its folder.
    if (index % REAL_FILE_STRIDE !== 0 || /(?:^|\/)eslint\.config\.[^/]+$/.test(real.relativePath)) return;
    let target = join(project, "real", real.relativePath);
    const extension = extname(target);
    if (extension === ".js") target = target.slice(0, -3) + (real.mode.sourceType === "module" ? ".mjs" : ".cjs");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, real.text);
  });
  return { root, project };
}

function eslint(workspace: Workspace, args: string[], input?: string): LintResult[] {
  const outputFile = join(workspace.root, `out-${Math.random().toString(36).slice(2)}.json`);
  const stdinArgs = input === undefined ? [] : ["--stdin"];
  const run = spawnSync(process.execPath, [ESLINT_BIN, "--format", "json", "--output-file", outputFile, ...stdinArgs, ...args], {
    cwd: workspace.project,
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  // 0: no errors, 1: lint errors (expected: the corpus is full of them); 2 is a crash or a config error.
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint ${args.join(" ")} exited ${run.status}:\n${run.stderr}${run.stdout}`);
  return JSON.parse(readFileSync(outputFile, "utf8")) as LintResult[];
}

/** File → its messages, the parts a user sees; paths relative so runs from different temp dirs compare. */
function byFile(workspace: Workspace, results: LintResult[]): Record<string, unknown[]> {
  const table: Record<string, unknown[]> = {};
  for (const result of [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : 1))) {
    table[relative(workspace.project, result.filePath)] = result.messages.map((message) => ({
      ruleId: message.ruleId,
      message: message.message,
      at: `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
      fix: message.fix,
      suggestions: message.suggestions,
      fatal: message.fatal,
    }));
  }
  return table;
}

function countMessages(table: Record<string, unknown[]>): number {
  return Object.values(table).reduce((total, messages) => total + messages.length, 0);
}

describe("parallel engines and the editor path", () => {
  let workspace: Workspace;
  let baseline: Record<string, unknown[]>;

  beforeAll(() => {
    workspace = makeWorkspace();
    baseline = byFile(workspace, eslint(workspace, ["--concurrency=off", "."]));
    console.log(`parallel: baseline ${Object.keys(baseline).length} files, ${countMessages(baseline)} messages`);
  }, 600_000);

  afterAll(() => {
    if (workspace) rmSync(workspace.root, { recursive: true, force: true });
  });

  it("the baseline run lints the corpus and the real files and finds statuses", () => {
    const files = Object.keys(baseline);
    expect(files.filter((file) => file.startsWith("corpus/")).length).toBeGreaterThan(5);
    expect(files.filter((file) => file.startsWith("real/")).length).toBeGreaterThan(100);
    const ruleIds = new Set(Object.values(baseline).flat().map((message) => (message as LintMessage).ruleId));
    expect(ruleIds).toContain("http-status/no-magic-status");
    // A config or parser mistake would show as fatal messages rather than rule reports.
    const fatal = Object.entries(baseline).filter(([, messages]) => messages.some((message) => (message as LintMessage).fatal));
    expect(fatal.map(([file]) => file)).toEqual([]);
  });

  it("--concurrency=auto reports exactly what a single-threaded run does", () => {
    expect(byFile(workspace, eslint(workspace, ["--concurrency=auto", "."]))).toEqual(baseline);
  }, 600_000);

  // On a 2-core machine `auto` settles on one thread; two workers make sure rules really run in worker threads.
  it("--concurrency=2 reports exactly what a single-threaded run does", () => {
    expect(byFile(workspace, eslint(workspace, ["--concurrency=2", "."]))).toEqual(baseline);
  }, 600_000);

  it("--cache reports the same on a cold and on a warm cache", () => {
    const cacheLocation = join(workspace.root, "eslint-cache");
    const cold = byFile(workspace, eslint(workspace, ["--cache", "--cache-location", cacheLocation, "."]));
    expect(existsSync(cacheLocation)).toBe(true);
    const warm = byFile(workspace, eslint(workspace, ["--cache", "--cache-location", cacheLocation, "."]));
    expect(cold).toEqual(baseline);
    expect(warm).toEqual(baseline);
  }, 600_000);

  it("--stdin --stdin-filename reports and fixes as a file run does", () => {
    const corpusFiles = Object.keys(baseline)
      .filter((file) => file.startsWith("corpus/") && (baseline[file]?.length ?? 0) > 0)
      .slice(0, 4);
    expect(corpusFiles.length).toBeGreaterThan(0);
    const fileFixes = new Map(
      eslint(workspace, ["--fix-dry-run", ...corpusFiles]).map((result) => [relative(workspace.project, result.filePath), result.output]),
    );
    let fixedSomewhere = false;
    for (const file of corpusFiles) {
      const text = readFileSync(join(workspace.project, file), "utf8");
      const reported = byFile(workspace, eslint(workspace, ["--stdin-filename", file], text));
      expect(reported[file], file).toEqual(baseline[file]);

      const [dryRun] = eslint(workspace, ["--fix-dry-run", "--stdin-filename", file], text);
      expect(dryRun?.output, file).toEqual(fileFixes.get(file));
      if (dryRun?.output !== undefined) fixedSomewhere = true;
    }
    expect(fixedSomewhere).toBe(true);
  }, 600_000);
});
