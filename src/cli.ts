#!/usr/bin/env node
/**
 * `http-status-codemod`: runs this package's jscodeshift transforms over a code base through
 * jscodeshift's own runner (workers, write-file-atomic), then prints what happened per file and
 * per literal. The transforms make every decision; this file only finds files, checks arguments
 * and the git tree, and reports.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { OptionError, parseAllow, parseLibrary, parseSinks } from "../codemods/lib/options";
import type { FileRecord } from "../codemods/lib/records";
import { MIGRATION_ENDPOINTS, type MigrationEndpoint } from "../codemods/lib/migration";
import { printedFiles, type RunnerCounts, summarize, unprocessedMessage } from "./cli-report";
import { PACKAGE_META } from "./package-meta";

const TRANSFORMS = ["replace-status-literals", "migrate-status-library"] as const;
type TransformName = (typeof TRANSFORMS)[number];

const EXTENSIONS = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"];
/** Build output and dependencies: never source to migrate. */
const IGNORED_DIRECTORIES = ["node_modules", "dist", "build", "coverage", ".git"];
/** Below this many files a run is over before progress would help. */
const PROGRESS_MIN_FILES = 200;

const USAGE = `Usage: http-status-codemod [replace-status-literals|migrate-status-library] <paths…> [options]

  replace-status-literals   magic status numbers → named constants (default)
  migrate-status-library    one constant library → another (--from, --to)

Options:
  --dry                     do not write files
  --print                   print each changed file, under a "==> path <==" line
  --library <name>          auto | http-status-codes | http-status | @nestjs/common | node:http2 | '{"module":"…","name":"…"}'
  --allow <codes>           codes left as numbers, e.g. 404,500
  --sinks <file.json>       the project's own status positions (settings["http-status"].sinks)
  --tsconfig <file>         decide with the project's types too, as the rules do with type information
  --no-check-comparisons    leave comparisons (res.status === 404) alone
  --no-check-tests          leave test assertions and mocks alone
  --from <lib> --to <lib>   ${MIGRATION_ENDPOINTS.join(" | ")}
  --cpus <n>                worker processes (default: cores - 1)
  --run-in-band             no workers
  --force                   write even outside git or with uncommitted changes
  -h, --help                this text
  -v, --version             the version`;

/** Bad arguments: one line and the usage, exit 2. */
class UsageError extends Error {}
/** A run refused for safety (uncommitted changes, no git to undo with): one line, exit 2. */
class RefusalError extends Error {}

/** Standard output closed by its reader (`--print | head`): nothing more is written, and that is not a failure. */
let stdoutClosed = false;

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE" || stdoutClosed) {
    stdoutClosed = true;
    return;
  }
  process.stderr.write(`http-status-codemod: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(1);
});

function write(text: string): void {
  if (!stdoutClosed) process.stdout.write(text);
}

interface CliOptions {
  readonly transform: TransformName;
  readonly paths: readonly string[];
  readonly dry: boolean;
  readonly print: boolean;
  readonly force: boolean;
  readonly runInBand: boolean;
  readonly cpus: number | undefined;
  /** Passed through to the transform. */
  readonly transformOptions: Readonly<Record<string, unknown>>;
}

function parseCommandLine(argv: readonly string[]): CliOptions | "help" | "version" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        dry: { type: "boolean" },
        print: { type: "boolean" },
        force: { type: "boolean" },
        "run-in-band": { type: "boolean" },
        cpus: { type: "string" },
        library: { type: "string" },
        allow: { type: "string" },
        sinks: { type: "string" },
        tsconfig: { type: "string" },
        "no-check-comparisons": { type: "boolean" },
        "no-check-tests": { type: "boolean" },
        from: { type: "string" },
        to: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    // parseArgs' messages carry advice about `--` that does not apply here; keep the first sentence.
    throw new UsageError((error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";

  let transform: TransformName = "replace-status-literals";
  const paths = [...positionals];
  const first = paths[0];
  if (first !== undefined && (TRANSFORMS as readonly string[]).includes(first)) {
    transform = first as TransformName;
    paths.shift();
  } else if (first !== undefined && /^[a-z][a-z-]*$/.test(first) && !existsSync(first)) {
    throw new UsageError(`unknown transform "${first}" (expected ${TRANSFORMS.join(" or ")})`);
  }
  if (paths.length === 0) throw new UsageError("no paths given");
  for (const path of paths) if (!existsSync(path)) throw new UsageError(`no such file or directory: ${path}`);

  let cpus: number | undefined;
  if (values.cpus !== undefined) {
    cpus = Number(values.cpus);
    if (!Number.isInteger(cpus) || cpus < 1) throw new UsageError(`--cpus: expected a positive integer, got "${values.cpus}"`);
  }

  const transformOptions: Record<string, unknown> = {};
  try {
    if (transform === "replace-status-literals") {
      if (values.from !== undefined || values.to !== undefined) throw new UsageError("--from/--to belong to migrate-status-library");
      transformOptions.library = parseLibrary(values.library);
    } else {
      if (values.library !== undefined) throw new UsageError("migrate-status-library takes --from and --to, not --library");
      transformOptions.from = parseEndpoint(values.from, "from");
      transformOptions.to = parseEndpoint(values.to, "to");
      if (transformOptions.from === transformOptions.to) throw new UsageError("--from and --to are the same library");
    }
    if (values.allow !== undefined) transformOptions.allow = [...parseAllow(values.allow)];
    if (values.sinks !== undefined) transformOptions.sinks = parseSinks(values.sinks);
    if (values.tsconfig !== undefined) {
      if (transform !== "replace-status-literals") throw new UsageError("--tsconfig belongs to replace-status-literals");
      if (!existsSync(values.tsconfig)) throw new UsageError(`--tsconfig: no such file ${values.tsconfig}`);
      transformOptions.tsconfig = resolve(values.tsconfig);
    }
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(error.message);
    throw error;
  }
  transformOptions.checkComparisons = values["no-check-comparisons"] !== true;
  transformOptions.checkTests = values["no-check-tests"] !== true;

  return {
    transform,
    paths,
    dry: values.dry === true,
    print: values.print === true,
    force: values.force === true,
    runInBand: values["run-in-band"] === true,
    cpus,
    transformOptions,
  };
}

function parseEndpoint(value: string | undefined, name: "from" | "to"): MigrationEndpoint {
  if (value === undefined) throw new UsageError(`migrate-status-library needs --${name} (${MIGRATION_ENDPOINTS.join(", ")})`);
  if (!(MIGRATION_ENDPOINTS as readonly string[]).includes(value)) {
    throw new UsageError(`--${name}: unknown library "${value}" (expected ${MIGRATION_ENDPOINTS.join(", ")})`);
  }
  return value as MigrationEndpoint;
}

// ---------------------------------------------------------------------------------------------
// Git: which files are the project's, and whether writing over them can be undone.

function git(directory: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync("git", ["-C", directory, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function isInsideGitWorkTree(directory: string): boolean {
  return git(directory, ["rev-parse", "--is-inside-work-tree"])?.trim() === "true";
}

interface TreeState {
  /** Uncommitted changes (including untracked files) under the paths, as `git status` lines. */
  readonly changes: readonly string[];
  /** Paths outside any git work tree: nothing records what they were before the run. */
  readonly outsideGit: readonly string[];
}

function treeState(paths: readonly string[]): TreeState {
  const changes: string[] = [];
  const outsideGit: string[] = [];
  for (const path of paths) {
    const isDirectory = statSync(path).isDirectory();
    const directory = isDirectory ? path : dirname(path);
    if (!isInsideGitWorkTree(directory)) {
      outsideGit.push(path);
      continue;
    }
    const status = git(directory, ["status", "--porcelain", "--", isDirectory ? "." : basename(path)]);
    if (status) changes.push(...status.split("\n").filter(Boolean));
  }
  return { changes, outsideGit };
}

/** Writing over files is refused where git could not undo it, unless the user says --force (or writes nothing). */
function checkUndoable(paths: readonly string[]): void {
  const { changes, outsideGit } = treeState(paths);
  if (outsideGit.length > 0) {
    const sample = outsideGit.slice(0, 3).join(", ");
    throw new RefusalError(
      `not in a git repository (${sample}${outsideGit.length > 3 ? ", …" : ""}), so the changes could not be undone; pass --dry to preview them, or --force to write anyway`,
    );
  }
  if (changes.length > 0) {
    const sample = changes.slice(0, 3).map((line) => line.slice(3)).join(", ");
    throw new RefusalError(
      `the git tree has uncommitted changes (${sample}${changes.length > 3 ? ", …" : ""}); commit or stash them first, or pass --dry or --force`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Files.

function hasWantedExtension(file: string): boolean {
  return EXTENSIONS.includes(extname(file).slice(1).toLowerCase());
}

function inIgnoredDirectory(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).slice(0, -1).some((segment) => IGNORED_DIRECTORIES.includes(segment));
}

function walk(directory: string, files: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRECTORIES.includes(entry.name)) walk(full, files);
    } else if (entry.isFile() && hasWantedExtension(entry.name)) {
      files.push(full);
    }
  }
}

interface Selection {
  /** The files to transform, absolute and sorted. */
  readonly files: readonly string[];
  /** Files named on the command line that are not JavaScript or TypeScript: reported as skipped. */
  readonly notSource: readonly string[];
}

/**
 * The files to transform: named files as given; in directories, source files that are not
 * ignored (node_modules and build output always, `.gitignore`d files inside a git work tree,
 * with git's own reading of every nested .gitignore, negations included). This selection is final:
 * the runner gets no filters of its own.
 */
function discoverFiles(paths: readonly string[]): Selection {
  const found = new Set<string>();
  const notSource = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(path);
    if (!statSync(absolute).isDirectory()) {
      if (hasWantedExtension(absolute)) found.add(absolute);
      else notSource.add(absolute);
      continue;
    }
    if (isInsideGitWorkTree(absolute)) {
      const listed = git(absolute, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."]) ?? "";
      for (const entry of listed.split("\0")) {
        if (!entry || !hasWantedExtension(entry) || inIgnoredDirectory(entry)) continue;
        const file = join(absolute, entry);
        // A tracked file deleted in the work tree is still listed.
        if (existsSync(file)) found.add(file);
      }
    } else {
      const files: string[] = [];
      walk(absolute, files);
      for (const file of files) found.add(file);
    }
  }
  return { files: [...found].sort(), notSource: [...notSource].sort() };
}

/** Records and the printed file headers name files as the user sees them: relative to the working directory when under it. */
function forRunner(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath && !relativePath.startsWith("..") && !isAbsolute(relativePath) ? relativePath : file;
}

// ---------------------------------------------------------------------------------------------
// Running.

interface RunnerResult extends RunnerCounts {
  readonly timeElapsed: string;
}

/**
 * No `extensions`, `ignorePattern` or `gitignore`: the runner's own filters only ever drop files the
 * CLI selected (its .gitignore reading turns `!pattern` into "ignore everything"). No `print` either:
 * its workers print without file names, straight to a stdout that may be a closed pipe.
 */
interface RunnerOptions {
  readonly babel: false;
  readonly cpus?: number;
  readonly runInBand: boolean;
  readonly dry: boolean;
  readonly print: false;
  readonly silent: true;
  readonly recordDir: string;
  readonly recordOutput: boolean;
  readonly [transformOption: string]: unknown;
}

type RunnerRun = (transformFile: string, paths: readonly string[], options: RunnerOptions) => Promise<RunnerResult> | undefined;

function readRecords(directory: string): FileRecord[] {
  const records: FileRecord[] = [];
  for (const name of readdirSync(directory)) {
    for (const line of readFileSync(join(directory, name), "utf8").split("\n")) {
      if (line) records.push(JSON.parse(line) as FileRecord);
    }
  }
  return records;
}

function countRecords(directory: string): number {
  let count = 0;
  for (const name of readdirSync(directory)) {
    const text = readFileSync(join(directory, name), "utf8");
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  }
  return count;
}

function startProgress(recordDir: string, total: number): () => void {
  if (!process.stdout.isTTY || total < PROGRESS_MIN_FILES) return () => {};
  const draw = () => write(`\r${countRecords(recordDir)}/${total} files`);
  const timer = setInterval(draw, 250);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    write("\r\x1b[K");
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCommandLine(argv);
  if (options === "help") {
    write(`${USAGE}\n`);
    return 0;
  }
  if (options === "version") {
    write(`${PACKAGE_META.version}\n`);
    return 0;
  }
  if (!options.dry && !options.force) checkUndoable(options.paths);

  const transformFile = join(__dirname, "..", "codemods", `${options.transform}.js`);
  if (!existsSync(transformFile)) throw new Error(`transform file missing: ${transformFile} (is the package built?)`);
  const { files, notSource } = discoverFiles(options.paths);
  if (files.length === 0) {
    write(`http-status-codemod ${options.transform}: no JavaScript or TypeScript files under ${options.paths.join(", ")}\n`);
    return 0;
  }

  const recordDir = mkdtempSync(join(tmpdir(), "http-status-codemod-"));
  const stopProgress = startProgress(recordDir, files.length);
  try {
    // Loaded here so that `--help` and argument errors do not pay for jscodeshift's start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const runner = require("jscodeshift/src/Runner") as { run: RunnerRun };
    const result = await runner.run(transformFile, files.map(forRunner), {
      ...options.transformOptions,
      babel: false,
      ...(options.cpus === undefined ? {} : { cpus: options.cpus }),
      runInBand: options.runInBand,
      dry: options.dry,
      print: false,
      silent: true,
      recordDir,
      recordOutput: options.print,
    });
    stopProgress();
    if (!result) throw new Error("jscodeshift's runner did not start");
    const records = readRecords(recordDir);
    if (options.print) write(printedFiles(records));
    const subject = options.transform === "migrate-status-library" && options.transformOptions.from !== "numbers" ? "references" : "literals";
    write(`${summarize({ transform: options.transform, subject, dry: options.dry, records, counts: result, timeElapsed: result.timeElapsed, selected: files.length, notSource })}\n`);
    const unprocessed = unprocessedMessage(result, files.length);
    if (unprocessed !== undefined) throw new Error(unprocessed);
    return result.error > 0 ? 1 : 0;
  } finally {
    stopProgress();
    rmSync(recordDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`http-status-codemod: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`http-status-codemod: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof RefusalError ? 2 : 1;
  },
);
