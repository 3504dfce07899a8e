import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../src/index";
import { REPOSITORY_URL } from "../src/create-rule";
import { rules } from "../src/rules";

const root = join(__dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };

describe("plugin object", () => {
  it("carries name and version from package.json", () => {
    expect(plugin.meta).toEqual({ name: manifest.name, version: manifest.version, namespace: "http-status" });
  });

  it("builds nested flat configs from each rule's docs.recommended", () => {
    const enabled = (name: "recommended" | "strict" | "all") => Object.keys(plugin.configs[name].rules ?? {}).sort();
    const all = Object.keys(plugin.rules).map((rule) => `http-status/${rule}`).sort();
    expect(enabled("all")).toEqual(all);
    expect(enabled("recommended")).toContain("http-status/no-magic-status");
    expect(enabled("recommended").every((rule) => enabled("strict").includes(rule))).toBe(true);
    for (const name of ["recommended", "strict", "all"] as const) {
      expect(plugin.configs[name].name).toBe(`http-status/${name}`);
      expect(plugin.configs[name].plugins?.["http-status"]).toBe(plugin);
    }
  });

  describe.each(Object.entries(rules))("rule %s", (name, rule) => {
    it("links its docs page, which exists", () => {
      expect(rule.meta.docs?.url).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
      expect(existsSync(join(root, "docs/rules", `${name}.md`))).toBe(true);
    });

    it("has messages that are sentences, a schema, and defaults for every option", () => {
      for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/[.)]$/);
      expect(Array.isArray(rule.meta.schema)).toBe(true);
      if ((rule.meta.schema as unknown[]).length > 0) expect(rule.meta.defaultOptions).toBeDefined();
      expect(rule.meta.docs?.description).toMatch(/^[A-Z]/);
    });

    it("does not crash on an empty file", async () => {
      const eslint = new ESLint({
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.js"], plugins: { "http-status": plugin as never }, rules: { [`http-status/${name}`]: "error" } }],
      });
      const [result] = await eslint.lintText("", { filePath: join(root, "empty.js") });
      expect(result?.messages).toEqual([]);
    });
  });
});

/** A consumer project that installs the built package (a symlink, as `npm link` would). */
describe("consumers of the built package", () => {
  let project: string;
  const sample = 'import { StatusCodes } from "http-status-codes";\nexport const handler = (req, res) => res.status(404).end();\n';

  beforeAll(() => {
    if (!existsSync(join(root, "dist/src/index.js")) || !existsSync(join(root, "dist/src/index.mjs"))) {
      throw new Error("dist/ is missing: run `npm run build` (npm test does it in pretest)");
    }
    project = mkdtempSync(join(tmpdir(), "http-status-consumer-"));
    mkdirSync(join(project, "node_modules"));
    symlinkSync(root, join(project, "node_modules", "eslint-plugin-http-status"), "dir");
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, dependencies: { "http-status-codes": "*" } }));
    writeFileSync(join(project, "app.js"), sample);
    writeFileSync(
      join(project, "eslint.config.mjs"),
      'import httpStatus from "eslint-plugin-http-status";\nexport default [{ files: ["**/*.js"] }, httpStatus.configs.recommended];\n',
    );
    writeFileSync(
      join(project, "eslint.config.cjs"),
      'const httpStatus = require("eslint-plugin-http-status");\nmodule.exports = [{ files: ["**/*.js"] }, httpStatus.configs.recommended];\n',
    );
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it.each(["eslint.config.mjs", "eslint.config.cjs"])("lints and fixes with %s", async (configFile) => {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: join(project, configFile), fix: true });
    const [result] = await eslint.lintFiles(["app.js"]);
    expect(result?.messages).toEqual([]);
    expect(result?.output).toBe(sample.replace("res.status(404)", "res.status(StatusCodes.NOT_FOUND)"));

    const reporting = new ESLint({ cwd: project, overrideConfigFile: join(project, configFile) });
    const [report] = await reporting.lintFiles(["app.js"]);
    expect(report?.messages.map((message) => [message.ruleId, message.line, message.column, message.message])).toEqual([
      ["http-status/no-magic-status", 2, 49, "Use StatusCodes.NOT_FOUND instead of the magic number 404 (Not Found)."],
    ]);
  });
});
