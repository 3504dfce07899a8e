import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import transform from "../../codemods/replace-status-literals";
import { OptionError, parseReplaceOptions } from "../../codemods/lib/options";
import plugin from "../../src/index";
import { api } from "./helpers";

/**
 * `--tsconfig`: the codemod makes the typed decisions the rule makes when linted with type
 * information, on the same program, and without it the syntax-only ones: both against exact
 * outputs, and each against `eslint --fix` in the same mode.
 */
const fixture = join(__dirname, "../fixtures/typed");
const tsconfig = join(fixture, "tsconfig.json");
const path = join(fixture, "codemod-input.ts");
const source = readFileSync(path, "utf8");

/** The input with each `[before, after]` replaced once, in order, each required to be there. */
function replaced(pairs: readonly (readonly [string, string])[]): string {
  let output = source;
  for (const [before, after] of pairs) {
    if (!output.includes(before)) throw new Error(`not in the input: ${before}`);
    output = output.replace(before, after);
  }
  return output;
}

const TYPED = replaced([
  ['problem(404, "missing")', 'problem(StatusCodes.NOT_FOUND, "missing")'],
  ['new Problem(409, "conflict")', 'new Problem(StatusCodes.CONFLICT, "conflict")'],
  ["out.send({ ok: true }, 201)", "out.send({ ok: true }, StatusCodes.CREATED)"],
  ['hc.json({ error: "missing" }, 404)', 'hc.json({ error: "missing" }, StatusCodes.NOT_FOUND)'],
  ['c.text("gone", 410)', 'c.text("gone", StatusCodes.GONE)'],
  ["result.status === 404", "result.status === StatusCodes.NOT_FOUND"],
  ["{ status: 201 }", "{ status: StatusCodes.CREATED }"],
]);

const UNTYPED = replaced([
  ['c.text("gone", 410)', 'c.text("gone", StatusCodes.GONE)'],
  ["expect(res.status).toBe(201)", "expect(res.status).toBe(StatusCodes.CREATED)"],
]);

async function eslintFix(typed: boolean): Promise<string> {
  const eslint = new ESLint({
    cwd: fixture,
    overrideConfigFile: true,
    fix: true,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tseslint.parser, parserOptions: typed ? { projectService: true, tsconfigRootDir: fixture } : {} },
        plugins: { "http-status": plugin },
        rules: { "http-status/no-magic-status": "error" },
      },
    ],
  });
  const [result] = await eslint.lintText(source, { filePath: path });
  return result!.output ?? source;
}

describe("replace-status-literals --tsconfig", () => {
  it("names the statuses the types find, and leaves those they prove are none", () => {
    expect(transform({ path, source }, api, { tsconfig })).toBe(TYPED);
  });

  it("makes the syntax-only decisions without a tsconfig", () => {
    expect(transform({ path, source }, api, {})).toBe(UNTYPED);
  });

  it("agrees with eslint --fix with type information, and without", async () => {
    expect(await eslintFix(true)).toBe(TYPED);
    expect(await eslintFix(false)).toBe(UNTYPED);
  });

  it("judges a file by its syntax when its text is not the program's", () => {
    const edited = `${source}\nexport const later = problem(422, "late");\n`;
    const output = transform({ path, source: edited }, api, { tsconfig });
    expect(output).toBe(`${UNTYPED}\nexport const later = problem(422, "late");\n`);
  });

  it("rejects a tsconfig that does not exist with a one-line error", () => {
    expect(() => parseReplaceOptions({ tsconfig: join(fixture, "missing.json") })).toThrow(new OptionError(`--tsconfig: no such file ${join(fixture, "missing.json")}`));
  });
});
