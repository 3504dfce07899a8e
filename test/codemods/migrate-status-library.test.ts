import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import transform from "../../codemods/migrate-status-library";
import type { FileRecord } from "../../codemods/lib/records";
import { api, fixtureCases, run } from "./helpers";

const cases = fixtureCases("migrate-status-library");

describe("migrate-status-library fixtures", () => {
  for (const fixture of cases) {
    describe(fixture.name, () => {
      it("gives the expected output", () => {
        expect(run(transform, fixture.inputPath, fixture.input, fixture.options)).toBe(fixture.output);
      });
      it("is idempotent", () => {
        const once = run(transform, fixture.inputPath, fixture.input, fixture.options);
        expect(transform({ path: fixture.inputPath, source: once }, api, fixture.options)).toBe(once);
      });
    });
  }
});

function records(options: Record<string, unknown>, name: string): FileRecord[] {
  const recordDir = mkdtempSync(join(tmpdir(), "hs-migrate-"));
  try {
    const fixture = cases.find((entry) => entry.name === name)!;
    transform({ path: fixture.inputPath, source: fixture.input }, api, { ...options, recordDir });
    return readdirSync(recordDir).flatMap((file) =>
      readFileSync(join(recordDir, file), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as FileRecord),
    );
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
}

describe("migrate-status-library reports", () => {
  it("counts codes the target lacks instead of guessing", () => {
    const [record] = records({ from: "http-status", to: "http-status-codes" }, "http-status-cjs.js");
    expect(record).toMatchObject({ status: "changed", replaced: { 302: 1 }, left: [{ line: 5, code: 226, reason: "missing-in-library" }] });
  });

  it("leaves references whose name is declared again in the file", () => {
    const [record] = records({ from: "http-status-codes", to: "http-status" }, "shadowed.ts");
    expect(record).toMatchObject({ status: "unchanged", replaced: {}, left: [{ line: 4, code: 200, reason: "ambiguous-reference" }] });
  });

  it("rejects unknown or identical endpoints", () => {
    expect(() => transform({ path: "a.ts", source: "" }, api, { from: "axios", to: "numbers" })).toThrow(/--from: expected one of/);
    expect(() => transform({ path: "a.ts", source: "" }, api, { from: "numbers", to: "numbers" })).toThrow(/same library/);
  });

  it("skips declaration files", () => {
    expect(transform({ path: "a.d.ts", source: "" }, api, { from: "http-status", to: "numbers" })).toBeUndefined();
  });
});
