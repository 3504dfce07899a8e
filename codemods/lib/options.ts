/**
 * Codemod options, as they arrive from jscodeshift's CLI (strings, JSON-parsed when they look like
 * JSON), from `http-status-codemod`, or from a test. The same values as the `no-magic-status` options.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { programFromTsconfig, type TypedFile, typesForSource } from "../../src/infer/types";
import { BUILTIN_LIBRARY_IDS, type CustomLibraryOption, isBuiltinLibraryId, type LibraryOption } from "../../src/libraries";
import type { MagicStatusOptions } from "../../src/magic-status";
import { readSettings } from "../../src/settings";
import type { UserSink } from "../../src/sinks";

export class OptionError extends Error {
  override name = "OptionError";
}

const LIBRARY_VALUES = ["auto", ...BUILTIN_LIBRARY_IDS].join(", ");

export function parseLibrary(value: unknown, optionName = "library"): LibraryOption {
  if (value === undefined || value === null || value === "") return "auto";
  let candidate: unknown = value;
  if (typeof value === "string" && value.trim().startsWith("{")) {
    try {
      candidate = JSON.parse(value) as unknown;
    } catch {
      throw new OptionError(`--${optionName}: invalid JSON object ${value}`);
    }
  }
  if (typeof candidate === "string") {
    if (candidate === "auto" || isBuiltinLibraryId(candidate)) return candidate;
    throw new OptionError(`--${optionName}: unknown library "${candidate}" (expected ${LIBRARY_VALUES}, or {"module":"…","name":"…"})`);
  }
  if (typeof candidate === "object" && candidate !== null && !Array.isArray(candidate)) {
    const { module, name, names, ...rest } = candidate as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw new OptionError(`--${optionName}: unknown key "${extra}" (expected module, name, names)`);
    const example = `, e.g. {"module":"@acme/http","name":"Status"}`;
    if (module === undefined) throw new OptionError(`--${optionName}: "module" is missing (the module that exports the constants${example})`);
    if (typeof module !== "string" || module === "") throw new OptionError(`--${optionName}: "module" must be a non-empty string`);
    if (name === undefined) throw new OptionError(`--${optionName}: "name" is missing (the name of the exported constants object${example})`);
    if (typeof name !== "string" || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new OptionError(`--${optionName}: "name" must be an identifier`);
    if (names !== undefined && (typeof names !== "string" || !isBuiltinLibraryId(names))) {
      throw new OptionError(`--${optionName}: "names" must be one of ${BUILTIN_LIBRARY_IDS.join(", ")}`);
    }
    const custom: CustomLibraryOption = names === undefined ? { module, name } : { module, name, names };
    return custom;
  }
  throw new OptionError(`--${optionName}: expected ${LIBRARY_VALUES}, or {"module":"…","name":"…"}`);
}

export function parseAllow(value: unknown): ReadonlySet<number> {
  if (value === undefined || value === null || value === "") return new Set();
  const items = Array.isArray(value) ? value : typeof value === "number" ? [value] : String(value).split(",");
  const codes = new Set<number>();
  for (const item of items) {
    const text = String(item).trim();
    if (text === "") continue;
    const code = Number(text);
    if (!/^\d+$/.test(text) || code < 100 || code > 599) throw new OptionError(`--allow: "${text}" is not a status code from 100 to 599`);
    codes.add(code);
  }
  return codes;
}

function parseBoolean(value: unknown, optionName: string): boolean {
  if (value === undefined || value === null || value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw new OptionError(`--${optionName}: expected true or false, got ${JSON.stringify(value)}`);
}

/** `sinks` is a path to a JSON file (an array, as in `settings["http-status"].sinks`) or the array itself. */
export function parseSinks(value: unknown): readonly UserSink[] | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  let sinks: unknown = value;
  if (typeof value === "string") {
    let text: string;
    try {
      text = readFileSync(value, "utf8");
    } catch (error) {
      throw new OptionError(`--sinks: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    try {
      sinks = JSON.parse(text) as unknown;
    } catch {
      throw new OptionError(`--sinks: ${value} is not valid JSON`);
    }
  }
  try {
    return readSettings({ "http-status": { sinks } }).sinks;
  } catch (error) {
    throw new OptionError(`--sinks: ${(error as Error).message.replace(/^eslint-plugin-http-status: invalid settings\["http-status"\]: /, "")}`);
  }
}

export interface ReplaceOptions extends MagicStatusOptions {
  readonly library: LibraryOption;
  /** Read only when a file needs it: most files never get past the text prefilter. */
  readonly sinks: () => readonly UserSink[] | undefined;
  /** With `tsconfig`: what the project's types say about one file (the program is built on first use). */
  readonly types: (filename: string, source: string) => TypedFile | undefined;
}

/** `tsconfig`: the project whose program makes the same typed decisions as the rules linted with `projectService`. */
function parseTsconfig(value: unknown): ReplaceOptions["types"] {
  if (value === undefined || value === null || value === "") return () => undefined;
  if (typeof value !== "string") throw new OptionError("--tsconfig: expected a path to a tsconfig.json");
  const path = resolve(value);
  if (!existsSync(path)) throw new OptionError(`--tsconfig: no such file ${value}`);
  return (filename, source) => {
    try {
      return typesForSource(programFromTsconfig(path), filename, source);
    } catch (error) {
      throw new OptionError((error as Error).message);
    }
  };
}

export function parseReplaceOptions(options: Readonly<Record<string, unknown>>): ReplaceOptions {
  const raw = options.sinks;
  return {
    library: parseLibrary(options.library),
    allowed: parseAllow(options.allow),
    checkComparisons: parseBoolean(options.checkComparisons, "checkComparisons"),
    checkTests: parseBoolean(options.checkTests, "checkTests"),
    sinks: () => parseSinks(raw),
    types: parseTsconfig(options.tsconfig),
  };
}
