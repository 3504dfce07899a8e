import type { TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, memberPropertyName, parentFromProperty, plainIntegerValue } from "../src/ast";
import { createRule } from "../src/create-rule";
import { constantRefResolver } from "../src/eslint-constant-refs";
import { responseBody } from "../src/headers";
import { catalogueWith, locateStatus } from "../src/locate";
import { readSettings } from "../src/settings";
import { STATUS_RECORDS, describeStatus, getStatusRecord } from "../src/status-codes";

type MessageIds = "bodyNotAllowed" | "bodyThrows";

/** Statuses a fetch `Response` refuses a body for with a TypeError (1xx fail earlier, with a RangeError, body or not). */
const FETCH_NULL_BODY_STATUSES = new Set([204, 205, 304]);

export default createRule<[], MessageIds>({
  name: "no-body-with-bodiless-status",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow a response body with 1xx, 204 No Content, 205 Reset Content or 304 Not Modified",
      recommended: "recommended",
    },
    messages: {
      bodyNotAllowed: "{{status}} must not carry a body: remove the body or use another status.",
      bodyThrows: "{{status}} must not carry a body (the Response constructor throws a TypeError): remove the body or use another status.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const catalogue = catalogueWith(readSettings(context.settings).sinks);
    const resolveConstant = constantRefResolver(context.sourceCode);
    const constantNames = new Set<string>();
    for (const record of STATUS_RECORDS) {
      if (!record.bodiless) continue;
      for (const name of Object.values(record.names)) if (name !== undefined) constantNames.add(name);
    }

    function check(node: TSESTree.Node, code: number): void {
      if (!getStatusRecord(code)?.bodiless) return;
      const position = locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue);
      // Test doubles answer real clients, so a bodiless mock is as wrong as a bodiless response.
      if (!position || (position.category !== "response" && position.category !== "mock")) return;
      const { sink } = position;
      if (sink.kind === "pattern" && sink.id !== "lambda.result") return;
      if (sink.kind === "call" && sink.documentsOnly) return;
      if (!responseBody(position, parentFromProperty)) return;
      const throws = sink.kind === "call" && sink.buildsFetchResponse === true && FETCH_NULL_BODY_STATUSES.has(code);
      context.report({ node, messageId: throws ? "bodyThrows" : "bodyNotAllowed", data: { status: describeStatus(code) } });
    }

    function checkConstant(node: TSESTree.MemberExpression | TSESTree.Identifier): void {
      const name = node.type === "Identifier" ? node.name : memberPropertyName(node as unknown as AnyNode);
      if (name === undefined || !constantNames.has(name)) return;
      const ref = resolveConstant(node);
      if (ref) check(node, ref.code);
    }

    return {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value !== "number") return;
        const code = plainIntegerValue(node as unknown as AnyNode);
        if (code !== undefined) check(node, code);
      },
      MemberExpression: checkConstant,
      Identifier(node: TSESTree.Identifier) {
        // Only a legacy single-constant import (`import { NO_CONTENT } from "http-status-codes"`) can be a status alone.
        if (node.parent.type === "MemberExpression" || !constantNames.has(node.name)) return;
        checkConstant(node);
      },
    };
  },
});
