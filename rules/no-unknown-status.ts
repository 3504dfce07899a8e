import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty } from "../src/ast";
import type { ConstantRef } from "../src/constant-refs";
import { createRule } from "../src/create-rule";
import { onStatusCandidates, type StatusIndex } from "../src/eslint-status-index";
import { type Catalogue, locateStatus, type StatusPosition } from "../src/locate";
import { describeStatus, getStatusRecord, isInStatusRange } from "../src/status-codes";

export interface NoUnknownStatusOptions {
  allow: number[];
}

export type MessageIds = "outOfRange" | "unregistered" | "unregisteredConstant";
type Context = Readonly<TSESLint.RuleContext<MessageIds, [NoUnknownStatusOptions]>>;

/**
 * An out-of-range number fails only where a status is set. Where one is read, it is real:
 * `xhr.status === 0` (network error), `Response.error().status` is 0, IE's `status === 1223`.
 */
function readsStatus(position: StatusPosition): boolean {
  return position.category === "comparison" || position.category === "assertion";
}

/**
 * Shapes recognised by structure alone (a variable named `status`, an object with `statusCode`)
 * often hold a placeholder below 100: `let status = 0`, a fake response `{ statusCode: 0, end() {} }`.
 * Only a known API (`res.status(0)`, `new Response(b, { status: 0 })`) makes such a value a sent status.
 */
function isPlaceholder(code: number, position: StatusPosition): boolean {
  return code < 100 && position.sink.kind === "pattern";
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
    return onStatusCandidates(context, (catalogue, index) => checkFile(context, options, catalogue, index));
  },
});

function checkFile(context: Context, options: NoUnknownStatusOptions, catalogue: Catalogue, index: StatusIndex): void {
  const allowed = new Set(options.allow);

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

  function checkLiteral(node: TSESTree.Literal, code: number): void {
    if (allowed.has(code)) return;
    const inRange = isInStatusRange(code);
    if (inRange && !isUnregistered(code)) return;
    const position = locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue);
    if (!position) return;
    if (!inRange) {
      if (readsStatus(position) || isPlaceholder(code, position)) return;
      context.report({ node, messageId: "outOfRange", data: { code, runtimes: rejectingRuntimes(code) } });
      return;
    }
    context.report({
      node,
      messageId: "unregistered",
      data: { status: describeStatus(code), statusClass: Math.floor(code / 100), code },
    });
  }

  for (const { node, code } of index.literals) checkLiteral(node, code);
  for (const ref of index.constants()) reportConstant(ref);
}
