/**
 * What the nearest package.json says a file's project depends on. Read once per directory and
 * cached: the cache is a read-through of those files, never state that one file's lint leaves for
 * the next. An editor's ESLint server lives for hours, so a cached answer is re-read when its
 * package.json changes (`npm install http-status-codes` turns suggestions into fixes within a second).
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** A package.json `"type"` as Node reads it: anything but "module" (absent included) means CommonJS. */
export type PackageType = "module" | "commonjs";

export interface ProjectDependencies {
  /** The package.json that answered, or undefined when none was found up to the file system root. */
  readonly packageJson: string | undefined;
  readonly names: ReadonlySet<string>;
  /**
   * How Node loads this project's `.js` files. Undefined only when no package.json was found; Node
   * then loads them as CommonJS too, but callers may know better (a virtual file, an unknown root).
   */
  readonly packageType: PackageType | undefined;
  /** Modification time of `packageJson` when it was read. */
  readonly modified?: number;
}

const NONE: ProjectDependencies = { packageJson: undefined, names: new Set(), packageType: undefined };

function modifiedTime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
const byDirectory = new Map<string, ProjectDependencies>();

/**
 * A cached package.json is trusted for this long before its modification time is checked again:
 * an editor still picks up an install within a second, and a CLI run over thousands of files does
 * not pay a `stat` for each of them.
 */
const RECHECK_AFTER_MS = 1000;
/** When each cached package.json was last read or found unchanged. */
const confirmedAt = new Map<string, number>();

function isStillCurrent(cached: ProjectDependencies): boolean {
  const file = cached.packageJson;
  if (file === undefined) return true;
  const now = Date.now();
  if (now - (confirmedAt.get(file) ?? Number.NEGATIVE_INFINITY) < RECHECK_AFTER_MS) return true;
  if (modifiedTime(file) !== cached.modified) return false;
  confirmedAt.set(file, now);
  return true;
}

function readDependencies(file: string): ProjectDependencies | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const names = new Set<string>();
  // Node reads a package.json it cannot parse as an error, not as "module"; CommonJS is the safer guess.
  let packageType: PackageType = "commonjs";
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    if (manifest.type === "module") packageType = "module";
    for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
      const table = manifest[field];
      if (table && typeof table === "object") for (const name of Object.keys(table)) names.add(name);
    }
  } catch {
    // A broken package.json says nothing about dependencies; the nearest one still ends the search.
  }
  confirmedAt.set(file, Date.now());
  return { packageJson: file, names, packageType, modified: modifiedTime(file) };
}

/** Dependencies of the project that contains `directory` (searching upwards). */
export function projectDependencies(directory: string): ProjectDependencies {
  // Keys are resolved paths, so a directory found as it is needs no resolving (most are: the lint's file names are absolute).
  const start = byDirectory.has(directory) ? directory : resolve(directory);
  const visited: string[] = [];
  let current = start;
  let found: ProjectDependencies = NONE;
  for (;;) {
    const cached = byDirectory.get(current);
    if (cached && isStillCurrent(cached)) {
      found = cached;
      break;
    }
    visited.push(current);
    const here = readDependencies(join(current, "package.json"));
    if (here) {
      found = here;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directoryVisited of visited) byDirectory.set(directoryVisited, found);
  return found;
}

/** The directory a lint target lives in; stdin and virtual files fall back to the working directory. */
export function directoryOfFile(filename: string, cwd: string): string {
  if (!filename || filename === "<input>" || filename === "<text>") return cwd;
  return dirname(resolve(cwd, filename));
}
