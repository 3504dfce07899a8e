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
import { onStatusCandidates, type StatusIndex } from "../../src/eslint-status-index";
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

  it("gives each file its own candidates when a host creates the rules of two files in turn", () => {
    const parsed = (text: string) => {
      const linter = new Linter({ configType: "flat" });
      linter.verify(text, [language], FILENAME);
      return linter.getSourceCode();
    };
    const first = parsed("res.status(404);\nres.status(410);\n");
    const second = parsed("res.status(201);\n");
    const seen = new Map<string, number[]>();
    // Rule contexts of one file's lint inherit from one object, as ESLint's do.
    const lintOf = (sourceCode: typeof first) => ({ sourceCode, settings: {} });
    const create = (lint: object, label: string) =>
      onStatusCandidates(Object.create(lint) as Parameters<typeof onStatusCandidates>[0], (_catalogue, index: StatusIndex) => {
        seen.set(label, index.literals.map((literal) => literal.code));
      });
    const firstLint = lintOf(first);
    const secondLint = lintOf(second);
    // The slot of the file being linted changes hands between the two rules of the first file.
    const firstRules = [create(firstLint, "first/a")];
    const secondRules = [create(secondLint, "second/a"), create(secondLint, "second/b")];
    firstRules.push(create(firstLint, "first/b"));
    const walk = (sourceCode: typeof first, rules: ReturnType<typeof create>[]) => {
      const literals = sourceCode.ast.body.flatMap((statement) =>
        statement.type === "ExpressionStatement" && statement.expression.type === "CallExpression" ? statement.expression.arguments : [],
      );
      for (const literal of literals) for (const rule of rules) (rule.Literal as ((node: unknown) => void) | undefined)?.(literal);
      for (const rule of rules) (rule["Program:exit"] as (node: unknown) => void)(sourceCode.ast);
    };
    walk(second, secondRules);
    walk(first, firstRules);
    expect(Object.fromEntries(seen)).toEqual({ "first/a": [404, 410], "first/b": [404, 410], "second/a": [201], "second/b": [201] });
  });
});
