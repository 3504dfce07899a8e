/**
 * jscodeshift transform: replace magic HTTP status numbers with named constants and add the import,
 * exactly as `no-magic-status`'s fix would (the decisions and the edits come from src/).
 *
 *   jscodeshift --no-babel -t node_modules/eslint-plugin-http-status/dist/codemods/replace-status-literals.js src/
 *   npx http-status-codemod replace-status-literals src/
 *
 * Options: library (auto | http-status-codes | http-status | @nestjs/common | node:http2 | a JSON
 * {"module","name"}), allow (comma list), sinks (JSON file with settings["http-status"].sinks),
 * checkComparisons, checkTests, tsconfig (a tsconfig.json: decide with the project's types, as the
 * rules do when linted with type information).
 */
import { dirname, resolve } from "node:path";
import type { API, FileInfo, Options } from "jscodeshift";
import { plainIntegerValue } from "../src/ast";
import { chooseLibrary } from "../src/choose-library";
import { applyEdits, gatherFileFacts, planAccess, type TextEdit } from "../src/edits";
import { inferFor } from "../src/infer";
import { catalogueWith } from "../src/locate";
import { decideNaming, findMagicStatus, isNameableCode, type NamingContext, type NamingOutcome } from "../src/magic-status";
import { projectDependencies } from "../src/project";
import { parseReplaceOptions, type ReplaceOptions } from "./lib/options";
import { collectNames, findLiterals, parseFile, parsersFor } from "./lib/parse";
import { candidateOffsets } from "./lib/prefilter";
import { type LeftLiteral, type LeftReason, lineOf, type Outcome, runTransform } from "./lib/records";

const LEFT_REASON = {
  missing: "missing-in-library",
  unregistered: "unregistered",
  deprecated: "deprecated",
  "name-taken": "name-taken",
  suggest: "library-not-installed",
} as const satisfies Record<Exclude<NamingOutcome["kind"], "fix">, LeftReason>;

/** The replacement for one file: undefined when the file is not one to transform. */
export function replaceInSource(path: string, source: string, options: ReplaceOptions): Outcome | undefined {
  const parsers = parsersFor(path);
  if (!parsers) return undefined;
  const offsets = candidateOffsets(source, options.allowed);
  if (offsets.length === 0) return { output: source, record: { status: "unchanged" } };

  const { program, parser } = parseFile(source, parsers);
  const { literals, parentOf } = findLiterals(program, offsets, (literal) => {
    const code = plainIntegerValue(literal);
    return code !== undefined && isNameableCode(code, options.allowed);
  });
  const catalogue = inferFor(catalogueWith(options.sinks()), resolve(path), parentOf, options.types(resolve(path), source));
  const found = literals.flatMap((literal) => {
    const magic = findMagicStatus(literal, parentOf, catalogue, options);
    return magic ? [{ literal, code: magic.code }] : [];
  });
  if (found.length === 0) return { output: source, record: { status: "unchanged", parser } };

  // Names and quote style matter only for a file that gets edits; most files stop above.
  const names = collectNames(program);
  const dependencies = projectDependencies(dirname(resolve(path)));
  const facts = gatherFileFacts({
    source,
    program,
    identifierNames: names.identifierNames,
    firstStringRaw: () => names.firstStringRaw,
    filename: path,
    // ESLint's flat config reads every .js file as a module unless told otherwise; the filename covers .cjs.
    sourceType: undefined,
    packageType: dependencies.packageType,
  });
  const choice = chooseLibrary(options.library, facts, dependencies);
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
    left.push({ line: (literal.loc?.start?.line as number | undefined) ?? lineOf(source, literal.start as number), code, reason: LEFT_REASON[outcome.kind] });
  }
  const output = edits.length > 0 ? applyEdits(source, edits) : source;
  return { output, record: { status: output === source ? "unchanged" : "changed", parser, replaced, left } };
}

export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  return runTransform(file, options, () => replaceInSource(file.path, file.source, parseReplaceOptions(options)));
}
