import type { TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty, plainIntegerValue } from "../src/ast";
import type { ConstantRef } from "../src/constant-refs";
import { createRule } from "../src/create-rule";
import { constantRefResolver } from "../src/eslint-constant-refs";
import { catalogueWith, locateStatus, type StatusPosition } from "../src/locate";
import { readSettings } from "../src/settings";
import { describeStatus, getStatusRecord, isInStatusRange } from "../src/status-codes";

export interface NoUnknownStatusOptions {
  allow: number[];
}

type MessageIds = "outOfRange" | "unregistered" | "unregisteredConstant";

/**
 * Positions where a small number is read rather than set: `xhr.status === 0` (network error),
 * `Response.error().status` is 0, `let status = 0` as a placeholder. Only a status that is set
 * (`res.status(0)`, `{ status: 0 }` in a Response init) throws at runtime.
 */
function readsOrHolds(position: StatusPosition): boolean {
  if (position.category === "comparison" || position.category === "assertion") return true;
  return position.sink.id === "status-variable" || position.sink.id === "fallback";
}

/** Node's writeHead, Express 5 and Koa accept 100–999; Fastify and the fetch Response stop at 599. */
function rejectingRuntimes(code: number): string {
  return code < 100 || code > 999 ? "Node's writeHead, Express 5, Koa, Fastify and Response" : "Fastify and Response";
}

export default createRule<[NoUnknownStatusOptions], MessageIds>({
  name: "no-unknown-status",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow HTTP statuses outside 100–599 or missing from the IANA registry",
      recommended: "recommended",
    },
    messages: {
      outOfRange: "{{code}} is not an HTTP status: status codes run from 100 to 599, and {{runtimes}} throw a RangeError for it.",
      unregistered:
        "{{status}} is not in the IANA HTTP status registry; clients that do not know it treat it as {{statusClass}}00. Use a registered status, or add {{code}} to `allow` if the project sends it on purpose.",
      unregisteredConstant:
        "{{constant}} is {{status}}, which is not in the IANA HTTP status registry; clients that do not know it treat it as {{statusClass}}00. Use a registered status, or add {{code}} to `allow` if the project sends it on purpose.",
    },
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "array",
            items: { type: "integer", minimum: 0 },
            uniqueItems: true,
            description: "Status codes the project uses on purpose (e.g. 499 behind nginx).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [options]) {
    const allowed = new Set(options.allow);
    const catalogue = catalogueWith(readSettings(context.settings).sinks);
    const resolveConstant = constantRefResolver(context.sourceCode);

    function isUnregistered(code: number): boolean {
      return !allowed.has(code) && isInStatusRange(code) && getStatusRecord(code)?.registered !== true;
    }

    function reportConstant(ref: ConstantRef): void {
      if (!isUnregistered(ref.code)) return;
      context.report({
        node: ref.node as unknown as TSESTree.Node,
        messageId: "unregisteredConstant",
        data: {
          constant: context.sourceCode.getText(ref.node as unknown as TSESTree.Node),
          status: describeStatus(ref.code),
          statusClass: Math.floor(ref.code / 100),
          code: ref.code,
        },
      });
    }

    return {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value !== "number") return;
        const code = plainIntegerValue(node as unknown as AnyNode);
        if (code === undefined || allowed.has(code)) return;
        const inRange = isInStatusRange(code);
        if (inRange && !isUnregistered(code)) return;
        const position = locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue);
        if (!position) return;
        if (!inRange) {
          if (code < 100 && readsOrHolds(position)) return;
          context.report({ node, messageId: "outOfRange", data: { code, runtimes: rejectingRuntimes(code) } });
          return;
        }
        context.report({
          node,
          messageId: "unregistered",
          data: { status: describeStatus(code), statusClass: Math.floor(code / 100), code },
        });
      },
      MemberExpression(node: TSESTree.MemberExpression) {
        const ref = resolveConstant(node);
        if (ref) reportConstant(ref);
      },
      Identifier(node: TSESTree.Identifier) {
        const ref = resolveConstant(node);
        if (ref) reportConstant(ref);
      },
    };
  },
});
