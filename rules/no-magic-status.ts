import type { TSESLint } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty } from "../src/ast";
import { createRule } from "../src/create-rule";
import { lazyFixContext } from "../src/eslint-file";
import { type IntegerLiteral, onStatusCandidates } from "../src/eslint-status-index";
import type { LiteralPlan } from "../src/edits";
import { type ConstantLibrary, LIBRARY_OPTION_SCHEMA, type LibraryOption } from "../src/libraries";
import type { Catalogue } from "../src/locate";
import { decideNaming, findMagicStatus } from "../src/magic-status";
import { describeStatus, getStatusRecord } from "../src/status-codes";

/** Every field is optional for configs; `meta.defaultOptions` fills in what a config leaves out. */
export interface NoMagicStatusOptions {
  library?: LibraryOption;
  allow?: number[];
  checkComparisons?: boolean;
  checkTests?: boolean;
}

type MessageIds = "useConstant" | "noConstant" | "deprecatedStatus" | "suggestConstant";
type Context = Readonly<TSESLint.RuleContext<MessageIds, [NoMagicStatusOptions]>>;

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
      deprecatedStatus:
        "Magic HTTP status {{status}} is deprecated, so it is not fixed to {{constant}}: replace the status itself (no-deprecated-status says with what).",
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
  create(context, [configured]) {
    return onStatusCandidates(context, (catalogue, { literals }) => checkLiterals(context, configured as Required<NoMagicStatusOptions>, catalogue, literals));
  },
});

function checkLiterals(context: Context, options: Required<NoMagicStatusOptions>, catalogue: Catalogue, literals: readonly IntegerLiteral[]): void {
  const magicOptions = { allowed: new Set(options.allow), checkComparisons: options.checkComparisons, checkTests: options.checkTests };
  const fixContext = lazyFixContext(context as unknown as Parameters<typeof lazyFixContext>[0], options.library);

  for (const { node } of literals) {
    const found = findMagicStatus(node as unknown as AnyNode, parentFromProperty, catalogue, magicOptions);
    if (!found) continue;
    const { code } = found;
    // An unregistered code has no name to give; no-unknown-status reports it, and one problem gets one report.
    if (getStatusRecord(code)?.registered !== true) continue;

    const namingContext = fixContext();
    const { choice, access } = namingContext;
    const { library } = choice;
    const outcome = decideNaming(namingContext, node as unknown as AnyNode, node.parent as unknown as AnyNode, code);
    const status = describeStatus(code);
    if (outcome.kind === "unregistered") continue; // filtered out above; this narrows the type
    if (outcome.kind === "missing") {
      context.report({ node, messageId: "noConstant", data: { status, library: library.exportName } });
      continue;
    }
    if (outcome.kind === "name-taken") {
      const constant = `${access?.object ?? library.exportName}.${outcome.member}`;
      context.report({ node, messageId: "useConstant", data: { constant, status } });
      continue;
    }
    if (outcome.kind === "deprecated") {
      const { plan } = outcome;
      const constant = plan?.replacement ?? `${access?.object ?? library.exportName}.${outcome.member}`;
      context.report({
        node,
        messageId: "deprecatedStatus",
        data: { constant, status },
        suggest: plan ? [suggestion(plan, library)] : [],
      });
      continue;
    }
    const { plan } = outcome;
    if (outcome.kind === "fix") {
      context.report({ node, messageId: "useConstant", data: { constant: plan.replacement, status }, fix: planFix(plan) });
      continue;
    }
    context.report({ node, messageId: "useConstant", data: { constant: plan.replacement, status }, suggest: [suggestion(plan, library)] });
  }
}

function planFix(plan: LiteralPlan): TSESLint.ReportFixFunction {
  return (fixer) => plan.edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
}

function suggestion(plan: LiteralPlan, library: ConstantLibrary): TSESLint.SuggestionReportDescriptor<MessageIds> {
  return {
    messageId: "suggestConstant",
    data: { constant: plan.replacement, exportName: library.exportName, module: library.module },
    fix: planFix(plan),
  };
}
