import { constants as http2Constants } from "node:http2";
import { HttpStatus } from "@nestjs/common";
import { status as httpStatus } from "http-status";
import { StatusCodes } from "http-status-codes";
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARIES, type BuiltinLibraryId } from "../../src/libraries";
import { STATUS_RECORDS } from "../../src/status-codes";

/** Each installed library's own name → value table, restricted to HTTP status values. */
function runtimeTable(id: BuiltinLibraryId): Map<string, number> {
  const table = new Map<string, number>();
  const add = (name: string, value: unknown) => {
    if (typeof value === "number" && Number.isInteger(value) && value >= 100 && value <= 999) table.set(name, value);
  };
  switch (id) {
    case "http-status-codes":
      for (const [name, value] of Object.entries(StatusCodes)) add(name, value);
      break;
    case "http-status":
      // Only the plain NAME keys: `404_NAME`, `404_MESSAGE` and `404_CLASS` are metadata, not constants.
      for (const [name, value] of Object.entries(httpStatus)) if (/^[A-Z][A-Z_]*$/.test(name)) add(name, value);
      break;
    case "@nestjs/common":
      for (const [name, value] of Object.entries(HttpStatus)) add(name, value);
      break;
    case "node:http2":
      for (const [name, value] of Object.entries(http2Constants)) if (name.startsWith("HTTP_STATUS_")) add(name, value);
      break;
  }
  return table;
}

describe.each(Object.keys(BUILTIN_LIBRARIES) as BuiltinLibraryId[])("constant names of %s", (id) => {
  const library = BUILTIN_LIBRARIES[id];
  const runtime = runtimeTable(id);

  it("names every code exactly as the installed library does", () => {
    const wrong: string[] = [];
    for (const record of STATUS_RECORDS) {
      const member = library.memberFor(record.code);
      if (member !== undefined && runtime.get(member) !== record.code) wrong.push(`${record.code} → ${member} (runtime ${runtime.get(member)})`);
    }
    expect(wrong).toEqual([]);
  });

  it("knows every status constant the installed library exports", () => {
    const missing = [...runtime].filter(([name, code]) => library.codeFor(name) !== code && library.memberFor(code) === undefined);
    expect(missing).toEqual([]);
  });

  it("resolves member names back to codes", () => {
    const member = library.memberFor(404);
    expect(member).toBeDefined();
    expect(library.codeFor(member!)).toBe(404);
  });
});

describe("codes a library lacks get no name", () => {
  it.each([
    ["@nestjs/common", 426],
    ["@nestjs/common", 451],
    ["http-status-codes", 425],
    ["http-status-codes", 208],
    ["node:http2", 306],
  ] as const)("%s has no constant for %i", (id, code) => {
    expect(BUILTIN_LIBRARIES[id].memberFor(code)).toBeUndefined();
  });
});
