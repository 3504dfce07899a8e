/**
 * The rules share one gathering of candidates per lint (src/eslint-status-index.ts): the first rule
 * created listens to literals, the others wait for the end of the walk. These cases hold that
 * sharing to giving each rule exactly what it would get alone, whatever the order, the reuse of a
 * parsed file or a lint that stopped midway.
 */
import { join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";

// Under the working directory, so the flat config applies to it.
const FILENAME = join(__dirname, "routes.ts");
const SOURCE = `import express from "express";
import { StatusCodes } from "http-status-codes";
const app = express();
app.get("/gone", (req, res) => res.status(404).send("gone"));
app.get("/slow", (req, res) => res.status(StatusCodes.PROCESSING).end());
app.get("/login", (req, res) => res.status(401).end());
`;

const ruleIds = Object.keys(plugin.configs.all.rules ?? {});
const language: Linter.Config = { files: ["**/*.ts"], languageOptions: { parser: tsParser } };

function withRules(ids: readonly string[], extra: Linter.Config = {}): Linter.Config[] {
  return [language, { plugins: { "http-status": plugin }, rules: Object.fromEntries(ids.map((id) => [id, "error"])) }, extra];
}

/** Reports as comparable lines, in a fixed order. */
function summary(messages: readonly Linter.LintMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`).sort();
}

describe("shared candidate gathering", () => {
  const alone = ruleIds.flatMap((id) => summary(new Linter({ configType: "flat" }).verify(SOURCE, withRules([id]), FILENAME))).sort();

  it("gives every rule together exactly what each finds alone, in either creation order", () => {
    expect(alone).toEqual([
      "4:43 http-status/no-magic-status Use StatusCodes.NOT_FOUND instead of the magic number 404 (Not Found).",
      "5:43 http-status/no-deprecated-status 102 Processing was defined by RFC 2518 (WebDAV) and removed by RFC 4918; send 103 Early Hints for early headers, or answer 202 Accepted with a status resource the client can poll for long processing.",
      "6:44 http-status/no-magic-status Use StatusCodes.UNAUTHORIZED instead of the magic number 401 (Unauthorized).",
      "6:44 http-status/require-status-headers 401 (Unauthorized) requires the WWW-Authenticate header (RFC 9110 §15.5.2); set it on the same response.",
    ]);
    const linter = new Linter({ configType: "flat" });
    expect(summary(linter.verify(SOURCE, withRules(ruleIds), FILENAME))).toEqual(alone);
    expect(summary(linter.verify(SOURCE, withRules([...ruleIds].reverse()), FILENAME))).toEqual(alone);
  });

  it("reports the same when one parsed file is linted again", () => {
    const linter = new Linter({ configType: "flat" });
    linter.verify(SOURCE, withRules(ruleIds), FILENAME);
    const sourceCode = linter.getSourceCode();
    expect(summary(linter.verify(sourceCode, withRules(ruleIds), FILENAME))).toEqual(alone);
    expect(summary(linter.verify(sourceCode, withRules(["http-status/no-magic-status"]), FILENAME))).toEqual(
      alone.filter((line) => line.includes("no-magic-status")),
    );
  });

  it("does not take a gathering a crashed lint left unfinished for a complete one", () => {
    const linter = new Linter({ configType: "flat" });
    linter.verify(SOURCE, [language], FILENAME);
    const sourceCode = linter.getSourceCode();
    const crashing: Linter.Config = {
      plugins: {
        crash: {
          rules: {
            midway: {
              meta: { type: "problem", schema: [] },
              create: () => ({
                Identifier(node: { name: string }) {
                  if (node.name === "StatusCodes") throw new Error("midway");
                },
              }),
            },
          },
        },
      },
      rules: { "crash/midway": "error" },
    };
    expect(() => linter.verify(sourceCode, withRules(ruleIds, crashing), FILENAME)).toThrow("midway");
    expect(summary(linter.verify(sourceCode, withRules(ruleIds), FILENAME))).toEqual(alone);
  });
});
