import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type AnyNode, parentFromProperty } from "../src/ast";
import { createRule } from "../src/create-rule";
import { onStatusCandidates, type StatusIndex } from "../src/eslint-status-index";
import { responseHeaders } from "../src/headers";
import { type Catalogue, locateStatus } from "../src/locate";
import { type HeaderRequirement, STATUS_RECORDS, describeStatus } from "../src/status-codes";

/** Every field is optional for callers and configs; ESLint merges `meta.defaultOptions` in before `create` runs. */
export interface RequireStatusHeadersOptions {
  level?: "must" | "should";
  ignore?: number[];
  checkWwwAuthenticate?: boolean;
}

type MessageIds = "missingRequired" | "missingRecommended";
type Context = Readonly<TSESLint.RuleContext<MessageIds, [RequireStatusHeadersOptions]>>;

/** How a header is spelled in messages: `www-authenticate` → `WWW-Authenticate`. */
function headerDisplayName(name: string): string {
  return name
    .split("-")
    .map((part) => (part === "www" ? "WWW" : part.charAt(0).toUpperCase() + part.slice(1)))
    .join("-");
}

export default createRule<[RequireStatusHeadersOptions], MessageIds>({
  name: "require-status-headers",
  meta: {
    type: "problem",
    docs: {
      description: "Require the headers a status needs (WWW-Authenticate, Allow, Location, Upgrade …) on the same response",
      recommended: "recommended",
    },
    messages: {
      missingRequired: "{{status}} requires the {{header}} header ({{section}}); set it on the same response.",
      missingRecommended: "{{status}} should carry the {{header}} header ({{section}}); set it on the same response.",
    },
    schema: [
      {
        type: "object",
        properties: {
          level: {
            type: "string",
            enum: ["must", "should"],
            description:
              'Which requirements to check: "must" (401, 405, 407, 426 and redirects) or "should" (also 201 Location, 206/416 Content-Range, 429/503 Retry-After).',
          },
          ignore: {
            type: "array",
            items: { type: "integer", minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: "Status codes not to check.",
          },
          checkWwwAuthenticate: {
            type: "boolean",
            description:
              "Require WWW-Authenticate on 401 Unauthorized (RFC 9110 §15.5.2). The recommended config turns it off: most session-cookie APIs answer 401 without a challenge.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ level: "must", ignore: [], checkWwwAuthenticate: true }],
  },
  create(context, [options]) {
    return onStatusCandidates(context, (catalogue, index) => checkFile(context, options, catalogue, index));
  },
});

interface ExpectedHeader {
  readonly requirement: HeaderRequirement;
  readonly required: boolean;
}

/** Options objects come merged and frozen once per config, so what they expect is worked out once per config too. */
const expectationsByOptions = new WeakMap<RequireStatusHeadersOptions, ReadonlyMap<number, readonly ExpectedHeader[]>>();

function expectationsFor(options: RequireStatusHeadersOptions): ReadonlyMap<number, readonly ExpectedHeader[]> {
  let expectations = expectationsByOptions.get(options);
  if (expectations) return expectations;
  const ignored = new Set(options.ignore ?? []);
  const withRecommended = options.level === "should";
  const byCode = new Map<number, readonly ExpectedHeader[]>();
  for (const record of STATUS_RECORDS) {
    if (ignored.has(record.code)) continue;
    const headers = [
      ...record.requiredHeaders
        .filter((requirement) => options.checkWwwAuthenticate !== false || requirement.header !== "www-authenticate")
        .map((requirement) => ({ requirement, required: true })),
      ...(withRecommended ? record.recommendedHeaders.map((requirement) => ({ requirement, required: false })) : []),
    ];
    if (headers.length > 0) byCode.set(record.code, headers);
  }
  expectations = byCode;
  expectationsByOptions.set(options, expectations);
  return expectations;
}

function checkFile(context: Context, options: RequireStatusHeadersOptions, catalogue: Catalogue, index: StatusIndex): void {
  const expectations = expectationsFor(options);

  function check(node: TSESTree.Node, code: number): void {
    const expected = expectations.get(code);
    if (!expected) return;
    const position = locateStatus(node as unknown as AnyNode, parentFromProperty, catalogue);
    // Errors, comparisons, assertions and mocks describe or check a response; they do not send one here.
    if (!position || position.category !== "response") return;
    const { sink } = position;
    if (sink.kind === "pattern" && sink.id !== "lambda.result") return;
    // A project's own helper gets the response and may set any header itself.
    if (sink.kind === "call" && (sink.documentsOnly || sink.id.startsWith("user."))) return;
    const facts = responseHeaders(position, parentFromProperty);
    if (facts.unknown) return;
    for (const { requirement, required } of expected) {
      if (facts.names.has(requirement.header)) continue;
      context.report({
        node,
        messageId: required ? "missingRequired" : "missingRecommended",
        data: { status: describeStatus(code), header: headerDisplayName(requirement.header), section: requirement.section },
      });
    }
  }

  for (const { node, code } of index.literals) check(node, code);
  for (const ref of index.constants()) check(ref.node as unknown as TSESTree.Node, ref.code);
}
