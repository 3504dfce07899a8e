/**
 * What `http-status-codemod` tells the user after a run: the changed files (with --print) and the
 * summary. Kept apart from the command itself, which runs on import, so each piece can be tested alone.
 */
import { relative } from "node:path";
import { type FileRecord, LEFT_REASON_TEXT, type LeftReason, SKIP_REASON_TEXT, type SkipReason } from "../codemods/lib/records";

/** The counts jscodeshift's runner returns. */
export interface RunnerCounts {
  readonly ok: number;
  readonly nochange: number;
  readonly skip: number;
  readonly error: number;
}

export interface SummaryInput {
  readonly transform: string;
  /** What the transform rewrites: status literals, or references to a library's constants. */
  readonly subject: "literals" | "references";
  readonly dry: boolean;
  readonly records: readonly FileRecord[];
  readonly counts: RunnerCounts;
  readonly timeElapsed: string;
  /** Files the CLI selected and handed to the runner. */
  readonly selected: number;
  /** Files named on the command line that no transform reads, skipped before the run. */
  readonly notSource: readonly string[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function display(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** At most five examples, then how many more. */
function examples(items: readonly string[]): string {
  const more = items.length > 5 ? `, … ${items.length - 5} more` : "";
  return `${items.slice(0, 5).join(", ")}${more}`;
}

/**
 * The runner drops a file without a word when its own filters disagree with the CLI's selection
 * (that is how a `!pattern` in .gitignore once turned a run into a silent no-op), so a shortfall is
 * an error, never a success.
 */
export function unprocessedMessage(counts: RunnerCounts, selected: number): string | undefined {
  const processed = counts.ok + counts.nochange + counts.skip + counts.error;
  if (processed >= selected) return undefined;
  return `jscodeshift's runner processed ${processed} of the ${plural(selected, "selected file")}; ${plural(selected - processed, "file")} neither changed nor reported, so the run is incomplete`;
}

/** Each changed file under a header line that names it, as `head` does for several files. */
export function printedFiles(records: readonly FileRecord[]): string {
  const changed = records.filter((record) => record.status === "changed" && record.output !== undefined);
  changed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return changed.map((record) => `==> ${display(record.file)} <==\n${record.output!.endsWith("\n") ? record.output! : `${record.output!}\n`}\n`).join("");
}

export function summarize(input: SummaryInput): string {
  const { counts, records, subject } = input;
  const lines: string[] = [];
  const total = input.selected + input.notSource.length;
  lines.push(`http-status-codemod ${input.transform}: ${plural(total, "file")} in ${input.timeElapsed}s${input.dry ? " (dry run, nothing written)" : ""}`);
  lines.push(`  changed    ${counts.ok}`);
  lines.push(`  unchanged  ${counts.nochange}`);
  lines.push(`  skipped    ${counts.skip + input.notSource.length}`);
  const skipped = new Map<SkipReason | undefined, string[]>();
  for (const record of records) {
    if (record.status !== "skipped") continue;
    const list = skipped.get(record.reason) ?? [];
    list.push(display(record.file));
    skipped.set(record.reason, list);
  }
  if (input.notSource.length > 0) skipped.set("not-source", [...(skipped.get("not-source") ?? []), ...input.notSource.map(display)]);
  for (const [reason, list] of [...skipped].sort(([a], [b]) => String(a).localeCompare(String(b)))) {
    lines.push(`    ${reason === undefined ? "no reason given" : SKIP_REASON_TEXT[reason]}: ${list.length} — ${examples(list.sort())}`);
  }
  lines.push(`  failed     ${counts.error}`);
  const failures = records.filter((record) => record.status === "failed");
  for (const failure of failures) lines.push(`    ${display(failure.file)}: ${failure.error ?? "unknown error"}`);
  if (counts.error > failures.length) lines.push(`    ${plural(counts.error - failures.length, "file")} could not be read or written`);

  const replaced = new Map<number, number>();
  const left = new Map<LeftReason, { file: string; line: number; code: number }[]>();
  for (const record of records) {
    for (const [code, count] of Object.entries(record.replaced ?? {})) replaced.set(Number(code), (replaced.get(Number(code)) ?? 0) + count);
    for (const literal of record.left ?? []) {
      const list = left.get(literal.reason) ?? [];
      list.push({ file: record.file, line: literal.line, code: literal.code });
      left.set(literal.reason, list);
    }
  }
  const replacedTotal = [...replaced.values()].reduce((sum, count) => sum + count, 0);
  lines.push(`${subject} replaced: ${replacedTotal}`);
  if (replacedTotal > 0) {
    lines.push(`  ${[...replaced].sort(([a], [b]) => a - b).map(([code, count]) => `${code} ×${count}`).join(", ")}`);
  }
  const leftTotal = [...left.values()].reduce((sum, list) => sum + list.length, 0);
  lines.push(`${subject} left: ${leftTotal}`);
  for (const [reason, list] of [...left].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${LEFT_REASON_TEXT[reason]}: ${list.length} — ${examples(list.map((entry) => `${display(entry.file)}:${entry.line} (${entry.code})`))}`);
  }
  return lines.join("\n");
}
