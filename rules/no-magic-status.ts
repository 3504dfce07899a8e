import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty, plainIntegerValue } from "../src/ast";
import { createRule } from "../src/create-rule";
import { planLiteral } from "../src/edits";
import { lazyFixContext } from "../src/eslint-file";
import { LIBRARY_OPTION_SCHEMA, type LibraryOption } from "../src/libraries";
import { catalogueWith, locateStatus } from "../src/locate";
import { readSettings } from "../src/settings";
import { describeStatus, getStatusRecord } from "../src/status-codes";

export interface NoMagicStatusOptions {
  library: LibraryOption;
  allow: number[];
  checkComparisons: boolean;
  checkTests: boolean;
}

type MessageIds = "useConstant" | "noConstant" | "suggestConstant";

export default createRule<[NoMagicStatusOptions], MessageIds>({
  name: "no-magic-status",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require named constants instead of magic HTTP status numbers",
      recommended: "recommended",
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      useConstant: "Use {{constant}} instead of the magic number {{status}}.",
      noConstant: "Magic HTTP status {{status}}: {{library}} has no constant for it; name it in a constant of your own.",
      suggestConstant: "Replace with {{constant}} (imports {{exportName}} from '{{module}}').",
    },
    schema: [
      {
        type: "object",
        properties: {
          library: {
            ...LIBRARY_OPTION_SCHEMA,
            description: "Constant library to name statuses from: auto, http-status-codes, http-status, @nestjs/common, node:http2, or { module, name }.",
          },
          allow: {
            type: "array",
            items: { type: "integer", minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: "Status codes left as numbers.",
          },
          checkComparisons: { type: "boolean", description: "Check comparisons with a status read (res.status === 404)." },
          checkTests: { type: "boolean", description: "Check test assertions and mocks (expect(res.status).toBe(200), nock .reply(200))." },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ library: "auto", allow: [], checkComparisons: true, checkTests: true }],
  },
  create(context, [options]) {
    const allowed = new Set(options.allow);
    const catalogue = catalogueWith(readSettings(context.settings).sinks);
    const fixContext = lazyFixContext(context as unknown as Parameters<typeof lazyFixContext>[0], options.library);

    return {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value !== "number") return;
        const code = plainIntegerValue(node as unknown as AnyNode);
        if (code === undefined || code < 100 || code > 599 || allowed.has(code)) return;
        const record = getStatusRecord(code);
        // Unregistered codes are no-unknown-status's to report: there is no standard name to offer.
        if (!record?.registered) return;
        const position = locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue);
        if (!position) return;
        if (position.category === "comparison" && !options.checkComparisons) return;
        if ((position.category === "assertion" || position.category === "mock") && !options.checkTests) return;

        const { facts, choice, access } = fixContext();
        const { library } = choice;
        const member = library.memberFor(code);
        const status = describeStatus(code);
        if (member === undefined) {
          context.report({ node, messageId: "noConstant", data: { status, library: library.exportName } });
          return;
        }
        const constant = `${access?.object ?? library.exportName}.${member}`;
        const plan = access ? planLiteral(facts, node as unknown as AnyNode, node.parent as unknown as AnyNode, library, access) : undefined;
        if (!plan) {
          context.report({ node, messageId: "useConstant", data: { constant, status } });
          return;
        }
        const fix = (fixer: TSESLint.RuleFixer) => plan.edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
        if (choice.available) {
          context.report({ node, messageId: "useConstant", data: { constant: plan.replacement, status }, fix });
        } else {
          context.report({
            node,
            messageId: "useConstant",
            data: { constant: plan.replacement, status },
            suggest: [
              {
                messageId: "suggestConstant",
                data: { constant: plan.replacement, exportName: library.exportName, module: library.module },
                fix,
              },
            ],
          });
        }
      },
    };
  },
});
