/**
 * What the nearest package.json says a file's project depends on. Read once per directory and
 * cached: package.json files are immutable facts for the life of a lint run, and the cache is a
 * read-through of those facts, never state that one file's lint leaves for the next.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface ProjectDependencies {
  /** The package.json that answered, or undefined when none was found up to the file system root. */
  readonly packageJson: string | undefined;
  readonly names: ReadonlySet<string>;
}

const NONE: ProjectDependencies = { packageJson: undefined, names: new Set() };
const byDirectory = new Map<string, ProjectDependencies>();

function readDependencies(file: string): ProjectDependencies | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const names = new Set<string>();
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
      const table = manifest[field];
      if (table && typeof table === "object") for (const name of Object.keys(table)) names.add(name);
    }
  } catch {
    // A broken package.json says nothing about dependencies; the nearest one still ends the search.
  }
  return { packageJson: file, names };
}

/** Dependencies of the project that contains `directory` (searching upwards). */
export function projectDependencies(directory: string): ProjectDependencies {
  const start = resolve(directory);
  const visited: string[] = [];
  let current = start;
  let found: ProjectDependencies = NONE;
  for (;;) {
    const cached = byDirectory.get(current);
    if (cached) {
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
