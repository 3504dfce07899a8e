/**
 * Per-file records for `http-status-codemod`'s summary. jscodeshift's runner returns counts only and
 * forwards `api.stats` in dry runs only, so each worker appends one JSON line per file to its own
 * file in a directory the CLI names (`recordDir` option) and reads back at the end. Without that
 * option (plain `jscodeshift -t …`) nothing is written.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import type { ParserName } from "./parse";

export type LeftReason = "missing-in-library" | "unregistered" | "name-taken" | "library-not-installed" | "ambiguous-reference";

export const LEFT_REASON_TEXT: Readonly<Record<LeftReason, string>> = {
  "missing-in-library": "code missing in the library",
  unregistered: "not a registered code (no standard name)",
  "name-taken": "name taken",
  "library-not-installed": "library not installed (add it to package.json)",
  "ambiguous-reference": "reference not rewritten (shadowed or dynamic)",
};

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
