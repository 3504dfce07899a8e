/**
 * Which file of the project an import names: a relative specifier, or an alias the nearest
 * `tsconfig.json` / `jsconfig.json` maps onto the project's own files (`compilerOptions.paths`,
 * `baseUrl`), the way TypeScript and bundlers read `@/lib/errors`. Packages are never read: what a
 * dependency does is the catalogue's to say.
 *
 * Everything is a read-through of files, keyed by path and re-checked after a second, like the
 * package.json cache: an editor sees a changed tsconfig, a run over thousands of files does not
 * `stat` the same candidates for each of them.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const RECHECK_AFTER_MS = 1000;
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** `./x.js` in TypeScript source names `./x.ts`. */
const SOURCE_FOR_OUTPUT: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};
const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
/** How far `extends` is followed; real projects chain two or three. */
const MAX_EXTENDS = 5;

interface Aliases {
  /** `paths` patterns, each with at most one `*`, and the directories their targets are relative to. */
  readonly paths: readonly { readonly prefix: string; readonly suffix: string; readonly wildcard: boolean; readonly targets: readonly string[] }[];
  readonly baseUrl: string | undefined;
}

const NO_ALIASES: Aliases = { paths: [], baseUrl: undefined };

interface Timed<T> {
  readonly value: T;
  readonly at: number;
}

const files = new Map<string, Timed<string | undefined>>();
/** The config that governs a directory, with the modification times it was read at. */
const configs = new Map<string, Timed<{ readonly aliases: Aliases; readonly sources: ReadonlyMap<string, number | undefined> }>>();

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

function modified(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** The file a specifier names from `fromFile`, when it is one of the project's own; undefined for a package or a missing file. */
export function resolveProjectModule(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") {
    return moduleFile(resolve(dirname(fromFile), specifier));
  }
  if (specifier.startsWith("/") || specifier.startsWith("node:") || specifier.includes("://")) return undefined;
  const aliases = aliasesFor(dirname(fromFile));
  for (const { prefix, suffix, wildcard, targets } of aliases.paths) {
    if (wildcard ? !(specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) : specifier !== prefix) continue;
    const star = wildcard ? specifier.slice(prefix.length, specifier.length - suffix.length) : "";
    for (const target of targets) {
      const file = moduleFile(target.replace("*", star));
      if (file) return file;
    }
    // The longest matching pattern decides, as in TypeScript; no fallback to baseUrl after it.
    return undefined;
  }
  return aliases.baseUrl === undefined ? undefined : moduleFile(join(aliases.baseUrl, specifier));
}

function moduleFile(base: string): string | undefined {
  const now = Date.now();
  const cached = files.get(base);
  if (cached && now - cached.at < RECHECK_AFTER_MS) return cached.value;
  const value = findModuleFile(base);
  files.set(base, { value, at: now });
  return value;
}

function findModuleFile(base: string): string | undefined {
  const dot = base.lastIndexOf(".");
  const extension = dot > base.lastIndexOf("/") ? base.slice(dot) : "";
  for (const sourceExtension of SOURCE_FOR_OUTPUT[extension] ?? []) {
    const candidate = base.slice(0, dot) + sourceExtension;
    if (isFile(candidate)) return candidate;
  }
  if (EXTENSIONS.includes(extension) && isFile(base)) return base;
  for (const candidate of EXTENSIONS) if (isFile(base + candidate)) return base + candidate;
  for (const candidate of EXTENSIONS) if (isFile(`${base}/index${candidate}`)) return `${base}/index${candidate}`;
  return undefined;
}

/** The aliases of the nearest tsconfig.json or jsconfig.json above `directory`. */
function aliasesFor(directory: string): Aliases {
  const now = Date.now();
  const cached = configs.get(directory);
  if (cached && (now - cached.at < RECHECK_AFTER_MS || [...cached.value.sources].every(([file, time]) => modified(file) === time))) {
    if (now - cached.at >= RECHECK_AFTER_MS) configs.set(directory, { value: cached.value, at: now });
    return cached.value.aliases;
  }
  let value: { aliases: Aliases; sources: Map<string, number | undefined> } = { aliases: NO_ALIASES, sources: new Map() };
  for (let current = directory; ; current = dirname(current)) {
    const config = CONFIG_NAMES.map((name) => join(current, name)).find(isFile);
    if (config) {
      const sources = new Map<string, number | undefined>();
      value = { aliases: readAliases(config, sources), sources };
      break;
    }
    if (dirname(current) === current) {
      // None anywhere: one created next to the file is noticed the next time the answer is checked.
      for (const name of CONFIG_NAMES) value.sources.set(join(directory, name), undefined);
      break;
    }
  }
  configs.set(directory, { value, at: now });
  return value.aliases;
}

function readAliases(config: string, sources: Map<string, number | undefined>): Aliases {
  let paths: Record<string, unknown> | undefined;
  let pathsBase: string | undefined;
  let baseUrl: string | undefined;
  let file: string | undefined = config;
  for (let depth = 0; file !== undefined && depth < MAX_EXTENDS; depth++) {
    sources.set(file, modified(file));
    const options = readConfig(file);
    if (!options) break;
    const compilerOptions = options.compilerOptions as Record<string, unknown> | undefined;
    const here = dirname(file);
    if (baseUrl === undefined && typeof compilerOptions?.baseUrl === "string") baseUrl = resolve(here, compilerOptions.baseUrl);
    if (paths === undefined && compilerOptions?.paths && typeof compilerOptions.paths === "object") {
      paths = compilerOptions.paths as Record<string, unknown>;
      pathsBase = here;
    }
    // Only a relative `extends` is followed: a shared config package sets no aliases of this project.
    const parent = typeof options.extends === "string" && options.extends.startsWith(".") ? resolve(here, options.extends) : undefined;
    file = parent === undefined ? undefined : isFile(parent) ? parent : isFile(`${parent}.json`) ? `${parent}.json` : undefined;
  }
  // Targets of `paths` are relative to baseUrl when one is set, else to the config that declares them.
  const targetBase = baseUrl ?? pathsBase;
  const entries: Aliases["paths"][number][] = [];
  for (const [pattern, targets] of Object.entries(paths ?? {})) {
    if (!Array.isArray(targets) || targetBase === undefined) continue;
    const star = pattern.indexOf("*");
    if (star !== pattern.lastIndexOf("*")) continue;
    entries.push({
      prefix: star < 0 ? pattern : pattern.slice(0, star),
      suffix: star < 0 ? "" : pattern.slice(star + 1),
      wildcard: star >= 0,
      targets: targets.filter((target): target is string => typeof target === "string").map((target) => resolve(targetBase, target)),
    });
  }
  // The longest prefix first, as TypeScript matches them.
  entries.sort((a, b) => b.prefix.length - a.prefix.length);
  return { paths: entries, baseUrl };
}

function readConfig(file: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(withoutCommentsAndTrailingCommas(readFileSync(file, "utf8"))) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    // A config that does not parse maps no aliases; relative imports still resolve.
    return undefined;
  }
}

/** tsconfig files are JSON with comments and trailing commas. */
function withoutCommentsAndTrailingCommas(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += char;
    }
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}
