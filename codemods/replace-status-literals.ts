/**
 * jscodeshift transform: replace magic HTTP status numbers with named constants and add the import,
 * exactly as `no-magic-status`'s fix would (the decisions and the edits come from src/).
 *
 *   jscodeshift --no-babel -t node_modules/eslint-plugin-http-status/dist/codemods/replace-status-literals.js src/
 *   npx http-status-codemod replace-status-literals src/
 *
 * Options: library (auto | http-status-codes | http-status | @nestjs/common | node:http2 | a JSON
 * {"module","name"}), allow (comma list), sinks (JSON file with settings["http-status"].sinks),
 * checkComparisons, checkTests.
 */
import { dirname, resolve } from "node:path";
import type { API, FileInfo, Options } from "jscodeshift";
import { type AnyNode, plainIntegerValue } from "../src/ast";
import { chooseLibrary } from "../src/choose-library";
import { applyEdits, gatherFileFacts, planAccess, type TextEdit } from "../src/edits";
import { catalogueWith } from "../src/locate";
import { decideNaming, findMagicStatus, isNameableCode, type NamingContext, type NamingOutcome } from "../src/magic-status";
import { projectDependencies } from "../src/project";
import { parseReplaceOptions, type ReplaceOptions } from "./lib/options";
import { parseFile, parsersFor, scanProgram } from "./lib/parse";
import { mayHoldStatusLiteral } from "./lib/prefilter";
import { type FileRecord, type LeftLiteral, type LeftReason, lineOf, writeRecord } from "./lib/records";

const LEFT_REASON = {
  missing: "missing-in-library",
  unregistered: "unregistered",
  "name-taken": "name-taken",
  suggest: "library-not-installed",
} as const satisfies Record<Exclude<NamingOutcome["kind"], "fix">, LeftReason>;

interface Outcome {
  readonly output: string;
  readonly record: Omit<FileRecord, "file">;
}

function replaceInSource(path: string, source: string, options: ReplaceOptions): Outcome | undefined {
  const parsers = parsersFor(path);
  if (!parsers) return undefined;
  if (!mayHoldStatusLiteral(source, options.allowed)) return { output: source, record: { status: "unchanged" } };

  const { program, parser } = parseFile(source, parsers);
  const scan = scanProgram(program, (literal) => {
    const code = plainIntegerValue(literal);
    return code !== undefined && isNameableCode(code, options.allowed);
  });
  const parentOf = (node: AnyNode) => scan.parents.get(node);
  const catalogue = catalogueWith(options.sinks());
  const found = scan.literals.flatMap((literal) => {
    const magic = findMagicStatus(literal, parentOf, catalogue, options);
    return magic ? [{ literal, code: magic.code }] : [];
  });
  if (found.length === 0) return { output: source, record: { status: "unchanged", parser } };

  const facts = gatherFileFacts({
    source,
    program,
    identifierNames: scan.identifierNames,
    firstStringRaw: scan.firstStringRaw,
    filename: path,
    // ESLint's flat config reads every .js file as a module unless told otherwise; the filename covers .cjs.
    sourceType: undefined,
  });
  const choice = chooseLibrary(options.library, facts, projectDependencies(dirname(resolve(path))));
  const context: NamingContext = { facts, choice, access: planAccess(facts, choice.library) };

  const edits: TextEdit[] = [];
  const replaced: Record<string, number> = {};
  const left: LeftLiteral[] = [];
  for (const { literal, code } of found) {
    const outcome = decideNaming(context, literal, parentOf(literal), code);
    if (outcome.kind === "fix") {
      for (const edit of outcome.plan.edits) if (!edits.includes(edit)) edits.push(edit);
      replaced[code] = (replaced[code] ?? 0) + 1;
      continue;
    }
    left.push({ line: lineOf(source, literal.start as number), code, reason: LEFT_REASON[outcome.kind] });
  }
  const output = edits.length > 0 ? applyEdits(source, edits) : source;
  return { output, record: { status: output === source ? "unchanged" : "changed", parser, replaced, left } };
}

export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  let outcome: Outcome | undefined;
  try {
    outcome = replaceInSource(file.path, file.source, parseReplaceOptions(options));
  } catch (error) {
    writeRecord(options, { file: file.path, status: "failed", error: describeError(error) });
    throw error;
  }
  if (!outcome) {
    writeRecord(options, { file: file.path, status: "skipped" });
    return undefined;
  }
  writeRecord(options, { file: file.path, ...outcome.record });
  // The original string itself, so jscodeshift counts the file as unchanged.
  return outcome.output === file.source ? file.source : outcome.output;
}

function describeError(error: unknown): string {
  if (error instanceof SyntaxError) {
    const location = (error as SyntaxError & { loc?: { line: number; column: number } }).loc;
    return `parse error: ${error.message}${location && !/\(\d+:\d+\)$/.test(error.message) ? ` (${location.line}:${location.column})` : ""}`;
  }
  return error instanceof Error ? error.message : String(error);
}
