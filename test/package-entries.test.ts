/**
 * The package's public entry points, as built in dist/ (`npm test` builds first): each subpath of
 * `exports` loads from `require()` and from `import` as the same value, and the codemod entries are
 * plain CommonJS functions that jscodeshift's own runner applies.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const requireFromRoot = createRequire(join(ROOT, "package.json"));
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string | Record<string, string | Record<string, string>>>;
};

const CODEMODS = ["replace-status-literals", "migrate-status-library"] as const;

describe("package entry points", () => {
  it("exports the plugin, the two codemods and package.json, nothing else", () => {
    expect(Object.keys(manifest.exports)).toEqual([
      ".",
      "./codemods/replace-status-literals",
      "./codemods/migrate-status-library",
      "./package.json",
    ]);
  });

  // Plain Node, not vitest's module runner: the question is what a user's require() and import get.
  it("gives require() and import the same plugin object and the same transform functions", () => {
    const probe = [
      'import { createRequire } from "node:module";',
      'const require = createRequire(process.cwd() + "/package.json");',
      'const { default: plugin } = await import("eslint-plugin-http-status");',
      'const report = { plugin: plugin === require("eslint-plugin-http-status") && plugin.meta.name };',
      `for (const name of ${JSON.stringify(CODEMODS)}) {`,
      '  const specifier = `eslint-plugin-http-status/codemods/${name}`;',
      '  const required = require(specifier);',
      '  const { default: imported, ...named } = await import(specifier);',
      '  report[name] = {',
      '    file: require.resolve(specifier).slice(process.cwd().length),',
      '    type: typeof required,',
      '    ownKeys: Object.keys(required),',
      '    sameAsCompiled: required === require(`./dist/codemods/${name}.js`).default,',
      '    importedSame: imported === required,',
      '    namedImports: Object.keys(named),',
      '  };',
      '}',
      "console.log(JSON.stringify(report));",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    const transform = (name: string) => ({
      file: `/dist/transforms/${name}.js`,
      type: "function",
      ownKeys: [],
      sameAsCompiled: true,
      importedSame: true,
      namedImports: [],
    });
    expect(JSON.parse(result.stdout)).toEqual({
      plugin: "eslint-plugin-http-status",
      "replace-status-literals": transform("replace-status-literals"),
      "migrate-status-library": transform("migrate-status-library"),
    });
  });
});

describe("jscodeshift's runner with the exported transform", () => {
  const work = mkdtempSync(join(tmpdir(), "http-status-entry-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("replaces the literal and adds the import", async () => {
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "app", dependencies: { "http-status-codes": "^2.3.0" } }));
    const file = join(work, "app.ts");
    writeFileSync(file, "export const handler = (req, res) => res.status(404).end();\n");
    const { run } = requireFromRoot("jscodeshift/src/Runner") as {
      run: (transform: string, paths: string[], options: Record<string, unknown>) => Promise<{ ok: number; error: number }>;
    };
    const stats = await run(requireFromRoot.resolve("eslint-plugin-http-status/codemods/replace-status-literals"), [file], {
      babel: false,
      parser: "ts",
      runInBand: true,
      silent: true,
      verbose: 0,
    });
    expect({ ok: stats.ok, error: stats.error }).toEqual({ ok: 1, error: 0 });
    expect(readFileSync(file, "utf8")).toBe(
      'import { StatusCodes } from "http-status-codes";\n\nexport const handler = (req, res) => res.status(StatusCodes.NOT_FOUND).end();\n',
    );
  });
});
