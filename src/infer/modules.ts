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
 * files does not `stat` a shared helper module for each of them.
 */
import { readFileSync, statSync } from "node:fs";
import type { AnyNode } from "../ast";
import type { Catalogue } from "../locate";
import { mapParents, parseFile, parsersFor } from "../parse";
import type { SinkCategory } from "../sinks";

/** Argument positions that take a status, and what kind of position each reaches. */
export type ParameterMap = ReadonlyMap<number, SinkCategory>;

/** A function's or class constructor's parameters, and the status-taking methods hung on it. */
export interface CallableSummary {
  readonly parameters: ParameterMap;
  readonly members: ReadonlyMap<string, CallableSummary>;
  /** Every value it returns describes a response (`{ response, status: 401 }`): what a call gives back is read like one. */
  readonly returnsResponse?: boolean;
}

/** Whether a summary says anything worth keeping about a callable. */
export function isInformative(summary: CallableSummary | undefined): summary is CallableSummary {
  return summary !== undefined && (summary.parameters.size > 0 || summary.members.size > 0 || summary.returnsResponse === true);
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
  readonly summary: ModuleSummary;
  /** Every file the summary was read from, with its modification time and size then. */
  readonly sources: ReadonlyMap<string, string>;
  checkedAt: number;
}

const RECHECK_AFTER_MS = 1000;

/** Per catalogue (a project's own sinks change what a helper does), per depth and file. */
const summaries = new WeakMap<object, Map<string, Entry>>();
/** The summaries being made on the current stack, each collecting the files it read, so its entry knows every file it depends on. */
const frames: Map<string, string>[] = [];

function fingerprint(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? `${stats.mtimeMs}:${stats.size}` : undefined;
}

function isCurrent(entry: Entry, now: number): boolean {
  if (now - entry.checkedAt < RECHECK_AFTER_MS) return true;
  for (const [file, print] of entry.sources) if (fingerprint(file) !== print) return false;
  entry.checkedAt = now;
  return true;
}

/** What `file` exports that takes a status, read at `depth` (see `MODULE_DEPTH`) through the per-process cache. */
export function moduleSummary(file: string, catalogue: Catalogue, summarise: Summariser, depth: number): ModuleSummary {
  if (depth <= 0) return EMPTY_MODULE;
  let byKey = summaries.get(catalogue.calls);
  if (!byKey) {
    byKey = new Map();
    summaries.set(catalogue.calls, byKey);
  }
  const key = `${depth}:${file}`;
  const now = Date.now();
  const cached = byKey.get(key);
  const caller = frames.at(-1);
  if (cached && isCurrent(cached, now)) {
    if (caller) for (const [source, print] of cached.sources) caller.set(source, print);
    return cached.summary;
  }
  const sources = new Map<string, string>();
  frames.push(sources);
  let summary: ModuleSummary;
  try {
    summary = readAndSummarise(file, catalogue, summarise, sources, depth - 1);
  } finally {
    frames.pop();
  }
  byKey.set(key, { summary, sources, checkedAt: now });
  if (caller) for (const [source, print] of sources) caller.set(source, print);
  return summary;
}

interface ParsedModule {
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

function readAndSummarise(file: string, catalogue: Catalogue, summarise: Summariser, sources: Map<string, string>, importDepth: number): ModuleSummary {
  const print = fingerprint(file);
  if (print === undefined) return EMPTY_MODULE;
  sources.set(file, print);
  const parsed = parsedModule(file, print);
  if (!parsed) return EMPTY_MODULE;
  try {
    return summarise(parsed.program, parsed.parentOf, file, catalogue, importDepth);
  } catch {
    // Another module is read only to learn more: a shape the summary does not expect must not
    // abort the lint of the file that imports it, which is checked as if the module were silent.
    return EMPTY_MODULE;
  }
}
