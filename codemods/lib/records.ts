/**
 * Per-file records for `http-status-codemod`'s summary. jscodeshift's runner returns counts only and
 * forwards `api.stats` in dry runs only, so each worker appends one JSON line per file to its own
 * file in a directory the CLI names (`recordDir` option) and reads back at the end. Without that
 * option (plain `jscodeshift -t …`) nothing is written. The CLI prints changed files itself, from
 * these records, so that its output can name each file and survive a closed pipe.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import type { ParserName } from "./parse";

export type LeftReason = "missing-in-library" | "unregistered" | "deprecated" | "name-taken" | "library-not-installed" | "ambiguous-reference";

export const LEFT_REASON_TEXT: Readonly<Record<LeftReason, string>> = {
  "missing-in-library": "code missing in the library",
  unregistered: "not a registered code (no standard name)",
  deprecated: "deprecated code (replace the status, see no-deprecated-status)",
  "name-taken": "name taken",
  "library-not-installed": "library not installed (add it to package.json)",
  "ambiguous-reference": "reference not rewritten (shadowed or dynamic)",
};

/** Why the transform left a whole file alone. */
export type SkipReason = "declaration-file" | "not-source";

export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  "declaration-file": "declaration file (.d.ts), no values to name",
  "not-source": "not a JavaScript or TypeScript file",
};

/** Only source files are parsed; type declarations hold no status values. */
export function skipReasonFor(path: string): SkipReason {
  return /\.d\.[mc]?ts$/i.test(path) ? "declaration-file" : "not-source";
}

export interface LeftLiteral {
  readonly line: number;
  readonly code: number;
  readonly reason: LeftReason;
}

export type FileStatus = "changed" | "unchanged" | "skipped" | "failed";

export interface FileRecord {
  readonly file: string;
  readonly status: FileStatus;
  readonly parser?: ParserName;
  /** Replacements per code, e.g. { "404": 3 }. */
  readonly replaced?: Readonly<Record<string, number>>;
  readonly left?: readonly LeftLiteral[];
  readonly error?: string;
  readonly reason?: SkipReason;
  /** The new text of a changed file, recorded only when the CLI prints it (`recordOutput` option). */
  readonly output?: string;
}

export function writeRecord(options: Readonly<Record<string, unknown>>, record: FileRecord): void {
  const directory = options.recordDir;
  if (typeof directory !== "string" || directory === "") return;
  // One file per process: appends from different workers never interleave inside a line.
  appendFileSync(join(directory, `${process.pid}.jsonl`), `${JSON.stringify(record)}\n`);
}

/** 1-based line of an offset. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) line++;
  return line;
}

export interface Outcome {
  readonly output: string;
  readonly record: Omit<FileRecord, "file">;
}

function describeError(error: unknown): string {
  if (error instanceof SyntaxError) {
    const location = (error as SyntaxError & { loc?: { line: number; column: number } }).loc;
    const suffix = location && !/\(\d+:\d+\)$/.test(error.message) ? ` (${location.line}:${location.column})` : "";
    return `parse error: ${error.message}${suffix}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * jscodeshift's status protocol around a transform's work, with a record per file: undefined →
 * skipped, the very input string → unchanged, another string → changed, a throw → failed.
 */
export function runTransform(file: { path: string; source: string }, options: Readonly<Record<string, unknown>>, compute: () => Outcome | undefined): string | undefined {
  let outcome: Outcome | undefined;
  try {
    outcome = compute();
  } catch (error) {
    writeRecord(options, { file: file.path, status: "failed", error: describeError(error) });
    throw error;
  }
  if (!outcome) {
    writeRecord(options, { file: file.path, status: "skipped", reason: skipReasonFor(file.path) });
    return undefined;
  }
  const printed = options.recordOutput === true && outcome.output !== file.source ? { output: outcome.output } : {};
  writeRecord(options, { file: file.path, ...outcome.record, ...printed });
  // The original string itself, so jscodeshift counts the file as unchanged.
  return outcome.output === file.source ? file.source : outcome.output;
}
