import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { directoryOfFile, projectDependencies } from "../../src/project";

const root = mkdtempSync(join(tmpdir(), "http-status-project-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("nearest package.json", () => {
  it("answers for a nested directory from the closest package.json", () => {
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "app", dependencies: { express: "5" }, devDependencies: { "http-status-codes": "2" } }));
    mkdirSync(join(root, "src/routes"), { recursive: true });
    const found = projectDependencies(join(root, "src/routes"));
    expect(found.packageJson).toBe(join(root, "package.json"));
    expect([...found.names].sort()).toEqual(["express", "http-status-codes"]);
  });

  it("re-reads a package.json that changed since it was cached, as after an npm install in an editor session", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const project = join(root, "editor");
      mkdirSync(join(project, "src"), { recursive: true });
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "editor" }));
      expect(projectDependencies(join(project, "src")).names.has("http-status")).toBe(false);
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "editor", dependencies: { "http-status": "2" } }));
      const later = new Date(Date.now() + 5000);
      utimesSync(join(project, "package.json"), later, later);
      // Within a second of the last look the cached answer stands, so a run over many files stats it once.
      vi.setSystemTime(Date.now() + 999);
      expect(projectDependencies(join(project, "src")).names.has("http-status")).toBe(false);
      vi.setSystemTime(Date.now() + 1);
      expect(projectDependencies(join(project, "src")).names.has("http-status")).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("treats a broken package.json as one without dependencies", () => {
    const project = join(root, "broken");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), "{ not json");
    expect(projectDependencies(project)).toMatchObject({ packageJson: join(project, "package.json") });
    expect(projectDependencies(project).names.size).toBe(0);
  });

  it('reads "type" as Node does: "module", else CommonJS', () => {
    for (const [name, manifest, expected] of [
      ["type-module", { name: "m", type: "module" }, "module"],
      ["type-commonjs", { name: "c", type: "commonjs" }, "commonjs"],
      ["type-absent", { name: "a" }, "commonjs"],
      ["type-other", { name: "o", type: "esm" }, "commonjs"],
    ] as const) {
      mkdirSync(join(root, name, "lib"), { recursive: true });
      writeFileSync(join(root, name, "package.json"), JSON.stringify(manifest));
      expect(projectDependencies(join(root, name, "lib")).packageType).toBe(expected);
    }
  });

  it("uses the working directory for stdin and virtual files", () => {
    expect(directoryOfFile("<input>", "/work")).toBe("/work");
    expect(directoryOfFile("<text>", "/work")).toBe("/work");
    expect(directoryOfFile("src/app.ts", "/work")).toBe("/work/src");
  });
});
