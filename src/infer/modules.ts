/**
 * What other modules of the project export that takes a status: `export function sendError(res,
 * code)`, `export class ApiError` whose constructor sets `this.status`. The module an import names
 * is found by `./resolve.ts` (relative paths and the project's own tsconfig aliases), parsed with
 * Babel whichever front end asks, and what it exports is summarised once per process.
 *
 * The cache is a read-through of files, never state one lint leaves for the next: an entry is
 * keyed by the catalogue it was inferred with (a project's own sinks change what a helper does),
 * and is re-read when the module, or any module its answer came from, changes on disk. It is
 * trusted for a second between checks, like the package.json cache, so a run over thousands of
 * files does not `stat` a shared helper module for each of them. The same cache holds the answers
 * read from a function's importers (`readThrough`), which also depend on the project's file list.
 */
import { readFileSync } from "node:fs";
import type { AnyNode } from "../ast";
import type { Catalogue } from "../locate";
import { mapParents, parseFile, parsersFor } from "../parse";
import { fingerprint, importersOf, listingStamp, projectRootOf } from "./importers";
import type { SinkCategory } from "../sinks";

/** Argument positions that take a status, and what kind of position each reaches. */
export type ParameterMap = ReadonlyMap<number, SinkCategory>;

/** A function's or class constructor's parameters, and the status-taking methods hung on it. */
export interface CallableSummary {
  readonly parameters: ParameterMap;
  readonly members: ReadonlyMap<string, CallableSummary>;
  /** Every value it returns describes a response (`{ response, status: 401 }`): what a call gives back is read like one. */
  readonly returnsResponse?: boolean;
  /**
   * Keys of what it returns (or constructs) that carry a parameter: `fail(code, msg)` returning
   * `{ code, msg }`, or a class whose constructor sets `this.code = code`, has `code` ← 0. Whether
   * that makes the argument a status depends on where the result goes, which the call site tells.
   */
  readonly resultKeys?: ReadonlyMap<string, number>;
  /**
   * Parameters that are called, and the status positions the keys of that call's result reach:
   * `run(guard, ctx) { const r = await guard(ctx); ctx.set.status = r.code }` has 0 → `code` → response.
   */
  readonly calledResults?: ReadonlyMap<number, ReadonlyMap<string, SinkCategory>>;
  /**
   * Parameters that are option objects, and the status positions their keys reach: an error class
   * whose constructor does `Object.assign(this, init)` or `this.status = init.status` has 0 → `status` → error.
   */
  readonly parameterKeys?: ReadonlyMap<number, ReadonlyMap<string, SinkCategory>>;
}

/** Whether a summary says anything worth keeping about a callable. */
export function isInformative(summary: CallableSummary | undefined): summary is CallableSummary {
  return (
    summary !== undefined &&
    (summary.parameters.size > 0 ||
      summary.members.size > 0 ||
      summary.returnsResponse === true ||
      summary.resultKeys !== undefined ||
      summary.calledResults !== undefined ||
      summary.parameterKeys !== undefined)
  );
}

export type ModuleSummary = ReadonlyMap<string, CallableSummary>;

export const EMPTY_PARAMETERS: ParameterMap = new Map();
export const EMPTY_MODULE: ModuleSummary = new Map();

/**
 * How many modules away from the linted file a helper is still followed: a route calls a helper of
 * `./http`, which wraps one of `./errors`, and so on. A module read at depth `d` reads its own
 * imports at `d - 1`, and depth 0 reads nothing. So every answer is a function of the file and its
 * depth alone, the same whichever file, worker or order asked first; import cycles need no special
 * case; and the work is bounded by modules × depth, even in a project whose modules all require
 * one another.
 */
export const MODULE_DEPTH = 4;

/** Summarises a parsed module, reading its imports at `importDepth`: supplied by the file inference, which owns the reading of trees. */
export type Summariser = (program: AnyNode, parentOf: (node: AnyNode) => AnyNode | undefined, filename: string, catalogue: Catalogue, importDepth: number) => ModuleSummary;

interface Entry {
  readonly answer: unknown;
  /** Every source the answer was read from (a file, or a project's listing), with what it looked like then. */
  readonly sources: ReadonlyMap<string, string>;
  checkedAt: number;
}

const RECHECK_AFTER_MS = 1000;

/** Per catalogue (a project's own sinks change what a helper does), per question. */
const answers = new WeakMap<object, Map<string, Entry>>();
/** The answers being made on the current stack, each collecting the sources it read, so its entry knows everything it depends on. */
const frames: Map<string, string>[] = [];

/** A source that is not one file: the list of a project's files (`./importers.ts`). */
const LISTING = "listing:";

function printOf(source: string): string | undefined {
  return source.startsWith(LISTING) ? listingStamp(source.slice(LISTING.length)) : fingerprint(source);
}

function isCurrent(entry: Entry, now: number): boolean {
  if (now - entry.checkedAt < RECHECK_AFTER_MS) return true;
  for (const [source, print] of entry.sources) if (printOf(source) !== print) return false;
  entry.checkedAt = now;
  return true;
}

/**
 * An answer drawn from other files than the one being linted, through the per-process cache: made
 * once, and made again when any file it was read from (or a listing it searched) has changed.
 */
export function readThrough<T>(catalogue: Catalogue, key: string, make: () => T): T {
  let byKey = answers.get(catalogue.calls);
  if (!byKey) {
    byKey = new Map();
    answers.set(catalogue.calls, byKey);
  }
  const now = Date.now();
  const cached = byKey.get(key);
  const caller = frames.at(-1);
  if (cached && isCurrent(cached, now)) {
    if (caller) for (const [source, print] of cached.sources) caller.set(source, print);
    return cached.answer as T;
  }
  const sources = new Map<string, string>();
  frames.push(sources);
  let answer: T;
  try {
    answer = make();
  } finally {
    frames.pop();
  }
  byKey.set(key, { answer, sources, checkedAt: now });
  if (caller) for (const [source, print] of sources) caller.set(source, print);
  return answer;
}

/** Records that the answer being made depends on a source; returns what it looks like now, or undefined when it is gone. */
function dependOn(source: string): string | undefined {
  const print = printOf(source);
  if (print !== undefined) frames.at(-1)?.set(source, print);
  return print;
}

/** The modules of `file`'s project that import `exportName` from it, as a dependency of the answer being made. */
export function importersDependedOn(file: string, exportName: string): readonly string[] {
  const root = projectRootOf(file);
  if (root === undefined) return [];
  dependOn(LISTING + root);
  return importersOf(file, exportName);
}

/** What `file` exports that takes a status, read at `depth` (see `MODULE_DEPTH`) through the per-process cache. */
export function moduleSummary(file: string, catalogue: Catalogue, summarise: Summariser, depth: number): ModuleSummary {
  if (depth <= 0) return EMPTY_MODULE;
  return readThrough(catalogue, `${depth}:${file}`, () => readAndSummarise(file, catalogue, summarise, depth - 1));
}

export interface ParsedModule {
  readonly program: AnyNode;
  readonly parentOf: (node: AnyNode) => AnyNode | undefined;
}

/**
 * The last modules parsed, by file and fingerprint: one module is summarised at each depth it is
 * reached at, and a project's shared helpers are reached from many files, so a few recent parses
 * save most of the parsing. Small and bounded, since a tree and its parent map are large.
 */
const RECENT_PARSES = 64;
const recentParses = new Map<string, ParsedModule | null>();

function parsedModule(file: string, print: string): ParsedModule | undefined {
  const key = `${print}:${file}`;
  const recent = recentParses.get(key);
  if (recent !== undefined) {
    recentParses.delete(key);
    recentParses.set(key, recent);
    return recent ?? undefined;
  }
  let parsed: ParsedModule | null = null;
  const parsers = parsersFor(file);
  try {
    if (parsers) {
      const program = parseFile(readFileSync(file, "utf8"), parsers).program;
      const parents = mapParents(program);
      parsed = { program, parentOf: (node) => parents.get(node) };
    }
  } catch {
    // A module that cannot be read or does not parse tells nothing; the file being linted is still checked as usual.
  }
  recentParses.set(key, parsed);
  if (recentParses.size > RECENT_PARSES) recentParses.delete(recentParses.keys().next().value!);
  return parsed ?? undefined;
}

/** A module of the project, parsed, as a dependency of the answer being made; undefined when it cannot be read or parsed. */
export function readModule(file: string): ParsedModule | undefined {
  const print = dependOn(file);
  return print === undefined ? undefined : parsedModule(file, print);
}

function readAndSummarise(file: string, catalogue: Catalogue, summarise: Summariser, importDepth: number): ModuleSummary {
  const parsed = readModule(file);
  if (!parsed) return EMPTY_MODULE;
  try {
    return summarise(parsed.program, parsed.parentOf, file, catalogue, importDepth);
  } catch {
    // Another module is read only to learn more: a shape the summary does not expect must not
    // abort the lint of the file that imports it, which is checked as if the module were silent.
    return EMPTY_MODULE;
  }
}
