/**
 * The constant libraries a status can be named from, their import forms and their names for each
 * code. Names come from the registry (`status-codes.ts`); a test checks them against each installed
 * library's runtime values.
 */
import type { JSONSchema } from "@typescript-eslint/utils";
import { type LibraryNameKey, STATUS_RECORDS } from "./status-codes";

export const BUILTIN_LIBRARY_IDS = ["http-status-codes", "http-status", "@nestjs/common", "node:http2"] as const;
export type BuiltinLibraryId = (typeof BUILTIN_LIBRARY_IDS)[number];

/** A project's own constants module, e.g. `{ "module": "@acme/http", "name": "Status" }`. */
export interface CustomLibraryOption {
  readonly module: string;
  readonly name: string;
  /** Which library's member names the module mirrors (default: http-status-codes). */
  readonly names?: BuiltinLibraryId;
}

export type LibraryOption = "auto" | BuiltinLibraryId | CustomLibraryOption;

export const LIBRARY_OPTION_SCHEMA: JSONSchema.JSONSchema4 = {
  oneOf: [
    { type: "string", enum: ["auto", ...BUILTIN_LIBRARY_IDS] },
    {
      type: "object",
      properties: {
        module: { type: "string", minLength: 1 },
        name: { type: "string", pattern: "^[A-Za-z_$][A-Za-z0-9_$]*$" },
        names: { type: "string", enum: [...BUILTIN_LIBRARY_IDS] },
      },
      required: ["module", "name"],
      additionalProperties: false,
    },
  ],
};

export interface ConstantLibrary {
  /** The package name for built-ins, the module specifier for a project's own module. */
  readonly id: string;
  /** Import specifier written into new imports. */
  readonly module: string;
  /** Every specifier that loads the same module (`node:http2` and `http2`). */
  readonly modules: readonly string[];
  /** The export that holds the constants: `StatusCodes`, `status`, `HttpStatus`, `constants`. */
  readonly exportName: string;
  /** Local name used when `exportName` is already taken in a file. */
  readonly aliasName: string;
  /**
   * What a default import (or a plain `require`) of the module gives: the constants object itself
   * (`http-status`), the module namespace (`node:http2`), or nothing usable (`http-status-codes`'
   * default export is its deprecated legacy object).
   */
  readonly defaultImport: "export" | "namespace" | "none";
  /** A Node built-in or the project's own module: no dependency needs to be installed for a fix. */
  readonly alwaysAvailable: boolean;
  /** `StatusCodes.X` is an enum member (a `const` assertion on it stays valid). */
  readonly isEnum: boolean;
  memberFor(code: number): string | undefined;
  codeFor(member: string): number | undefined;
}

interface NameTable {
  readonly byCode: ReadonlyMap<number, string>;
  readonly byName: ReadonlyMap<string, number>;
}

function nameTable(key: LibraryNameKey): NameTable {
  const byCode = new Map<number, string>();
  const byName = new Map<string, number>();
  for (const record of STATUS_RECORDS) {
    const name = record.names[key];
    if (name === undefined) continue;
    byCode.set(record.code, name);
    byName.set(name, record.code);
  }
  return { byCode, byName };
}

const NAME_KEYS: Record<BuiltinLibraryId, LibraryNameKey> = {
  "http-status-codes": "httpStatusCodes",
  "http-status": "httpStatus",
  "@nestjs/common": "nest",
  "node:http2": "http2",
};

const TABLES: Record<BuiltinLibraryId, NameTable> = {
  "http-status-codes": nameTable("httpStatusCodes"),
  "http-status": nameTable("httpStatus"),
  "@nestjs/common": nameTable("nest"),
  "node:http2": nameTable("http2"),
};

function library(
  id: BuiltinLibraryId,
  fields: Pick<ConstantLibrary, "modules" | "exportName" | "aliasName" | "defaultImport" | "alwaysAvailable" | "isEnum">,
): ConstantLibrary {
  const table = TABLES[id];
  return {
    id,
    module: id,
    ...fields,
    memberFor: (code) => table.byCode.get(code),
    codeFor: (member) => table.byName.get(member),
  };
}

export const BUILTIN_LIBRARIES: Readonly<Record<BuiltinLibraryId, ConstantLibrary>> = {
  "http-status-codes": library("http-status-codes", {
    modules: ["http-status-codes"],
    exportName: "StatusCodes",
    aliasName: "HttpStatusCodes",
    defaultImport: "none",
    alwaysAvailable: false,
    isEnum: true,
  }),
  // `http-status` v2: `import { status }` ≡ default import; CommonJS needs `const { status } = require(…)`.
  "http-status": library("http-status", {
    modules: ["http-status"],
    exportName: "status",
    aliasName: "httpStatus",
    defaultImport: "export",
    alwaysAvailable: false,
    isEnum: false,
  }),
  "@nestjs/common": library("@nestjs/common", {
    modules: ["@nestjs/common"],
    exportName: "HttpStatus",
    aliasName: "NestHttpStatus",
    defaultImport: "none",
    alwaysAvailable: false,
    isEnum: true,
  }),
  "node:http2": library("node:http2", {
    modules: ["node:http2", "http2"],
    exportName: "constants",
    aliasName: "http2Constants",
    defaultImport: "namespace",
    alwaysAvailable: true,
    isEnum: false,
  }),
};

export function customLibrary(option: CustomLibraryOption): ConstantLibrary {
  const table = TABLES[option.names ?? "http-status-codes"];
  return {
    id: option.module,
    module: option.module,
    modules: [option.module],
    exportName: option.name,
    aliasName: `Http${option.name.charAt(0).toUpperCase()}${option.name.slice(1)}`,
    defaultImport: "none",
    alwaysAvailable: true,
    isEnum: false,
    memberFor: (code) => table.byCode.get(code),
    codeFor: (member) => table.byName.get(member),
  };
}

export function isBuiltinLibraryId(value: string): value is BuiltinLibraryId {
  return (BUILTIN_LIBRARY_IDS as readonly string[]).includes(value);
}

export function libraryNameKey(id: BuiltinLibraryId): LibraryNameKey {
  return NAME_KEYS[id];
}

/** The library that owns an import specifier, if any. */
export function builtinLibraryForModule(specifier: string): ConstantLibrary | undefined {
  for (const id of BUILTIN_LIBRARY_IDS) {
    if (BUILTIN_LIBRARIES[id].modules.includes(specifier)) return BUILTIN_LIBRARIES[id];
  }
  return undefined;
}

/** Order in which `auto` picks a library a project depends on: dedicated status libraries before frameworks. */
export const AUTO_PREFERENCE: readonly BuiltinLibraryId[] = ["http-status-codes", "http-status", "@nestjs/common"];
export const DEFAULT_LIBRARY: BuiltinLibraryId = "http-status-codes";
