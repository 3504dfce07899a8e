import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty } from "../src/ast";
import { createRule } from "../src/create-rule";
import { onStatusCandidates, type StatusIndex } from "../src/eslint-status-index";
import { responseBody } from "../src/headers";
import { type Catalogue, locateStatus } from "../src/locate";
import { describeStatus, getStatusRecord } from "../src/status-codes";

type MessageIds = "bodyNotAllowed" | "bodyThrows";
type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;

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
    return onStatusCandidates(context, (catalogue, index) => checkFile(context, catalogue, index));
  },
});

function checkFile(context: Context, catalogue: Catalogue, index: StatusIndex): void {
  function check(node: TSESTree.Node, code: number): void {
    const record = getStatusRecord(code);
    if (!record?.bodiless) return;
    const position = locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue);
    // Test doubles answer real clients, so a bodiless mock is as wrong as a bodiless response.
    if (!position || (position.category !== "response" && position.category !== "mock")) return;
    const { sink } = position;
    if (sink.kind === "pattern" && sink.id !== "lambda.result") return;
    if (sink.kind === "call" && sink.documentsOnly) return;
    if (!responseBody(position, parentFromProperty)) return;
    // A fetch `Response` refuses a body for 204, 205 and 304 with a TypeError; 1xx fail earlier, with a RangeError, body or not.
    const throws = sink.kind === "call" && sink.buildsFetchResponse === true && record.statusClass !== 1;
    context.report({ node, messageId: throws ? "bodyThrows" : "bodyNotAllowed", data: { status: describeStatus(code) } });
  }

  for (const { node, code } of index.literals) check(node, code);
  for (const ref of index.constants()) check(ref.node as unknown as TSESTree.Node, ref.code);
}
