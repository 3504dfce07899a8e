import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty, rangeOf } from "../src/ast";
import type { ConstantRef } from "../src/constant-refs";
import { createRule } from "../src/create-rule";
import { onStatusCandidates, type StatusIndex } from "../src/eslint-status-index";
import { type Catalogue, locateStatus } from "../src/locate";
import { describeStatus, getStatusRecord, type StatusRecord } from "../src/status-codes";

export interface NoDeprecatedStatusOptions {
  allow: number[];
}

export type MessageIds = "deprecated" | "replaceLiteral" | "replaceConstant";
type Context = Readonly<TSESLint.RuleContext<MessageIds, [NoDeprecatedStatusOptions]>>;

/**
 * Successors offered as a replacement. A 1xx successor (103 for 102) is left to the message: an
 * interim status cannot stand where a final one is set (`res.status(103)`, `writeHead(103)` break
 * the response), so swapping it in place would trade one broken status for another.
 */
function replacementCodes(record: StatusRecord): number[] {
  return (record.deprecated?.successors ?? []).filter((code) => code >= 200);
}

export default createRule<[NoDeprecatedStatusOptions], MessageIds>({
  name: "no-deprecated-status",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow deprecated and reserved HTTP statuses (102, 305, 306)",
      recommended: "recommended",
    },
    hasSuggestions: true,
    messages: {
      deprecated: "{{reason}}; {{advice}}.",
      replaceLiteral: "Replace with {{status}}.",
      replaceConstant: "Replace with {{constant}}, {{status}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "array",
            items: { type: "integer", enum: [102, 305, 306] },
            uniqueItems: true,
            description: "Deprecated status codes to leave alone (102, 305, 306).",
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

function checkFile(context: Context, options: NoDeprecatedStatusOptions, catalogue: Catalogue, index: StatusIndex): void {
  const allowed = new Set(options.allow);

  function deprecation(code: number): StatusRecord | undefined {
    if (allowed.has(code)) return undefined;
    const record = getStatusRecord(code);
    return record?.deprecated ? record : undefined;
  }

  function reportConstant(ref: ConstantRef): void {
    const record = deprecation(ref.code);
    if (!record) return;
    const property = ref.property;
    const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
    for (const successor of property ? replacementCodes(record) : []) {
      const member = ref.library.memberFor(successor);
      if (member === undefined) continue;
      const objectText = context.sourceCode.text.slice(rangeOf(ref.node)[0], rangeOf(property!)[0]);
      // Keep the way the member was written: `S.PROCESSING`, `S?.PROCESSING`, `S["PROCESSING"]`.
      const name = ref.node.computed ? quoted(context.sourceCode.getText(property as unknown as TSESTree.Node), member) : member;
      suggest.push({
        messageId: "replaceConstant",
        data: { constant: `${objectText.replace(/[\s[?.]+$/, "")}.${member}`, status: describeStatus(successor) },
        fix: (fixer) => fixer.replaceTextRange(rangeOf(property!), name),
      });
    }
    const { reason, advice } = record.deprecated!;
    context.report({ node: ref.node as unknown as TSESTree.Node, messageId: "deprecated", data: { reason, advice }, suggest });
  }

  function checkLiteral(node: TSESTree.Literal, code: number): void {
    const record = deprecation(code);
    if (!record || !locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue)) return;
    const { reason, advice } = record.deprecated!;
    context.report({
      node,
      messageId: "deprecated",
      data: { reason, advice },
      suggest: replacementCodes(record).map((successor) => ({
        messageId: "replaceLiteral" as const,
        data: { status: describeStatus(successor) },
        fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, String(successor)),
      })),
    });
  }

  for (const { node, code } of index.literals) checkLiteral(node, code);
  for (const ref of index.constants()) reportConstant(ref);
}

/** `"PROCESSING"` → `"ACCEPTED"` with the same quote character. */
function quoted(raw: string, member: string): string {
  const quote = raw.startsWith("'") ? "'" : raw.startsWith("`") ? "`" : '"';
  return `${quote}${member}${quote}`;
}
