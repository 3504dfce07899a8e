/**
 * The modules of a project that import a given export: the reverse of `./resolve.ts`. A guard that
 * returns `Result.fail(401)` says nothing about HTTP in its own module; the runner that another
 * module passes it to (`const r = await guard(ctx); set.status = r.code`) does. So the inference
 * asks, for an exported function whose result carries a number, which modules import it.
 *
 * The project is the directory of the nearest package.json. Its source files are listed once, their
 * text kept and indexed by the last segment of each specifier they import (`auth` for
 * `./guards/auth.js`). So a question reads only the files whose specifiers may name the module,
 * keeps those that mention the export's name, and resolves their fitting specifiers. Like the other
 * caches of this layer, the listing is a read-through of the disk: trusted for a second, then every
 * directory and file is checked again and whatever changed is re-read, so an editor sees a new
 * importer within a second.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { projectDependencies } from "../project";
import { resolveProjectModule } from "./resolve";

const RECHECK_AFTER_MS = 1000;
/**
 * Past this many source files the reverse look-up is not made at all: listing and re-checking a
 * monorepo of that size on every second of a lint would cost more than the statuses it finds.
 */
const MAX_PROJECT_FILES = 10_000;
const SOURCE_FILE = /\.(?:[mc]?[jt]s|[jt]sx)$/;
const DECLARATION_FILE = /\.d\.[mc]?ts$/;
/** Directories that hold dependencies, build output or tool state, never the project's own modules. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist", "build", "out", "coverage", "bower_components", "vendor"]);
/** `from "…"`, `import "…"`, `import("…")`, `require("…")`: every way a module names another. */
const SPECIFIER = /\bfrom\s*["']([^"'\n]+)["']|\bimport\s*\(?\s*["']([^"'\n]+)["']|\brequire\s*\(\s*["']([^"'\n]+)["']\s*\)/g;

interface SourceFile {
  readonly print: string;
  readonly text: string;
  /** The last segments of the specifiers it imports, by which the index finds it. */
  readonly segments: readonly string[];
}

interface Listing {
  readonly files: Map<string, SourceFile>;
  /** The files by the last segment of a specifier they import (`auth` for `./guards/auth.js`): a question reads only the few that may import its module. */
  readonly bySegment: Map<string, Set<string>>;
  /** Changes whenever a file is added, removed or edited: answers built on an older listing are stale. */
  stamp: number;
  checkedAt: number;
  /** More files than `MAX_PROJECT_FILES`: the project is not listed. */
  tooLarge: boolean;
}

const listings = new Map<string, Listing>();
let stamps = 0;

/** The project a module belongs to: the directory of its nearest package.json. */
export function projectRootOf(file: string): string | undefined {
  const manifest = projectDependencies(dirname(file)).packageJson;
  return manifest === undefined ? undefined : dirname(manifest);
}

/** A token that changes whenever the project's listing does, for caches of answers drawn from it. */
export function listingStamp(root: string): string {
  const listing = currentListing(root);
  return `${listing.stamp}`;
}

/** The project's modules other than `file` that import `exportName` from it (by a specifier that resolves to `file`). */
export function importersOf(file: string, exportName: string): readonly string[] {
  const root = projectRootOf(file);
  if (root === undefined) return [];
  const listing = currentListing(root);
  const importers: string[] = [];
  for (const segment of [...namesOf(file), ANY_SEGMENT]) {
    for (const candidate of listing.bySegment.get(segment) ?? []) {
      const text = listing.files.get(candidate)?.text;
      if (candidate === file || text === undefined || !text.includes(exportName) || importers.includes(candidate)) continue;
      if (importsFile(candidate, text, file)) importers.push(candidate);
    }
  }
  return importers;
}

function importsFile(importer: string, text: string, target: string): boolean {
  for (const specifier of specifiersIn(text)) {
    if (couldName(specifier, target) && resolveProjectModule(importer, specifier) === target) return true;
  }
  return false;
}

function specifiersIn(text: string): string[] {
  const specifiers: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier !== undefined) specifiers.push(specifier);
  }
  return specifiers;
}

const MODULE_EXTENSION = /\.(?:[mc]?[jt]s|[jt]sx)$/;
/** The segment of `.`, `..` and `./`: a directory's index, which any module may be. */
const ANY_SEGMENT = ".";

/**
 * The last segment of a specifier, without an extension: `auth` for `./guards/auth.js`. Undefined
 * for a bare name: a package (`elysia`), or an alias without a path (`@config`), which the reverse
 * look-up does not follow (the rule's docs say so).
 */
function segmentOf(specifier: string): string | undefined {
  const slash = specifier.lastIndexOf("/");
  if (slash < 0 && !specifier.startsWith(".")) return undefined;
  const segment = specifier.slice(slash + 1).replace(MODULE_EXTENSION, "");
  return segment === "" || segment === "." || segment === ".." ? ANY_SEGMENT : segment;
}

/** The segments a specifier of `target` can end in: its name, and its directory's for an index. */
function namesOf(target: string): string[] {
  const stem = basename(target).replace(MODULE_EXTENSION, "");
  return stem === "index" ? [stem, basename(dirname(target))] : [stem];
}

/**
 * Whether a specifier may name `target` at all, by its last segment: `./guards/auth.js` may name
 * `…/guards/auth.ts`, `./guards` may name `…/guards/index.ts`. A route module imports dozens of
 * modules; only the one or two whose name fits are resolved on disk.
 */
export function couldName(specifier: string, target: string): boolean {
  const segment = segmentOf(specifier);
  return segment !== undefined && (segment === ANY_SEGMENT || namesOf(target).includes(segment));
}

function indexFile(listing: Listing, path: string, file: SourceFile | undefined): void {
  for (const segment of listing.files.get(path)?.segments ?? []) listing.bySegment.get(segment)?.delete(path);
  if (!file) {
    listing.files.delete(path);
    return;
  }
  listing.files.set(path, file);
  for (const segment of file.segments) {
    let paths = listing.bySegment.get(segment);
    if (!paths) listing.bySegment.set(segment, (paths = new Set()));
    paths.add(path);
  }
}

function currentListing(root: string): Listing {
  const now = Date.now();
  let listing = listings.get(root);
  if (listing && now - listing.checkedAt < RECHECK_AFTER_MS) return listing;
  if (!listing) {
    listing = { files: new Map(), bySegment: new Map(), stamp: ++stamps, checkedAt: now, tooLarge: false };
    listings.set(root, listing);
  }
  refresh(root, listing);
  listing.checkedAt = now;
  return listing;
}

function refresh(root: string, listing: Listing): void {
  const seen = new Set<string>();
  let changed = false;
  const directories = [root];
  while (directories.length > 0) {
    const directory = directories.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) directories.push(path);
        continue;
      }
      if (!entry.isFile() || !SOURCE_FILE.test(entry.name) || DECLARATION_FILE.test(entry.name)) continue;
      seen.add(path);
      if (seen.size > MAX_PROJECT_FILES) {
        if (!listing.tooLarge) listing.stamp = ++stamps;
        listing.files.clear();
        listing.bySegment.clear();
        listing.tooLarge = true;
        return;
      }
      const print = fingerprint(path);
      if (print === undefined) continue;
      if (listing.files.get(path)?.print === print) continue;
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        continue;
      }
      const segments = new Set<string>();
      for (const specifier of specifiersIn(text)) {
        const segment = segmentOf(specifier);
        if (segment !== undefined) segments.add(segment);
      }
      indexFile(listing, path, { print, text, segments: [...segments] });
      changed = true;
    }
  }
  for (const path of [...listing.files.keys()]) {
    if (!seen.has(path)) {
      indexFile(listing, path, undefined);
      changed = true;
    }
  }
  if (changed || listing.tooLarge) listing.stamp = ++stamps;
  listing.tooLarge = false;
}

/** What a file looks like on disk, to tell whether it changed: modification time and size; undefined when it is gone. */
export function fingerprint(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? `${stats.mtimeMs}:${stats.size}` : undefined;
}
