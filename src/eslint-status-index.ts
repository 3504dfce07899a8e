/**
 * One pass per file, shared by every rule: the integer literals that could be statuses and the
 * references to library constants, found from the token list rather than by listening to every
 * `Literal`, `Identifier` and `MemberExpression` ESLint visits. Rules run on every file in every
 * editor keystroke; most files hold no status at all, and for those this is a scan of the tokens
 * for a `Numeric` token and an identifier bound to a constant library, nothing more.
 *
 * The index is derived from the AST alone and kept in a WeakMap keyed by it, so the rules of one
 * file share it and it goes away with the file; nothing crosses from one file to the next.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { AnyNode } from "./ast";
import { type ConstantBindings, type ConstantRef, gatherConstantBindings, resolveConstantRef } from "./constant-refs";
import { refersTo } from "./eslint-constant-refs";
import { SINKS } from "./sinks";

export interface IntegerLiteral {
  readonly node: TSESTree.Literal;
  readonly code: number;
}

export interface StatusIndex {
  /** Plain decimal integer literals from 100 up, and smaller ones written where a status goes (`res.status(0)`). */
  readonly literals: readonly IntegerLiteral[];
  /** References to constants of a known library, confirmed by scope analysis; computed on first use. */
  constants(): readonly ConstantRef[];
}

const indexes = new WeakMap<object, StatusIndex>();

/** Plain decimal integers only: `0o644`, `0x1F4`, `2e2`, `404n`, `4_04` are written that way on purpose. */
const PLAIN_INTEGER = /^(?:0|[1-9]\d*)$/;

/** Call names whose first argument is a status, so `res.status(0)` can be told from `items.at(0)` by its tokens. */
const FIRST_ARGUMENT_SINKS: ReadonlySet<string> = new Set(
  SINKS.flatMap((sink) => (sink.kind === "call" && sink.statusArgs?.includes(0) ? [sink.callee.split(".").pop()!] : [])),
);
const STATUS_KEYS = new Set(["status", "statusCode", ":status", "'status'", '"status"', "'statusCode'", '"statusCode"', "':status'", '":status"']);

/**
 * A number below 100 is a status only where one is set, so only those shapes are looked at:
 * `name(0` with a status-taking `name`, `status: 0`, `statusCode = 0`. Everything else below 100
 * (loop bounds, indexes, small constants) is dismissed from the tokens alone.
 */
function smallNumberInStatusPosition(tokens: readonly TSESTree.Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  if (!previous || !before) return false;
  if (previous.value === "(") return before.type === "Identifier" && FIRST_ARGUMENT_SINKS.has(before.value);
  if (previous.value === ":" || previous.value === "=") return STATUS_KEYS.has(before.value);
  return false;
}

/** The innermost node whose range contains `offset`: a descent by ranges, binary search over child lists. */
function nodeAt(root: TSESTree.Node, offset: number, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.Node | undefined {
  let node: TSESTree.Node = root;
  descend: for (;;) {
    const record = node as unknown as Record<string, unknown>;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = record[key];
      if (Array.isArray(child)) {
        const found = childAt(child as (TSESTree.Node | null)[], offset);
        if (found) {
          node = found;
          continue descend;
        }
      } else if (isNodeAt(child, offset)) {
        node = child;
        continue descend;
      }
    }
    return node;
  }
}

function isNodeAt(value: unknown, offset: number): value is TSESTree.Node {
  const range = (value as TSESTree.Node | null)?.range;
  return range !== undefined && range[0] <= offset && offset < range[1];
}

function childAt(children: readonly (TSESTree.Node | null)[], offset: number): TSESTree.Node | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle];
    // Sparse arrays (`[, 404]`) have holes; fall back to a plain scan for them.
    if (!child) return children.find((candidate) => isNodeAt(candidate, offset)) ?? undefined;
    if (child.range[1] <= offset) low = middle + 1;
    else if (child.range[0] > offset) high = middle - 1;
    else return child;
  }
  return undefined;
}

function buildIndex(sourceCode: Readonly<TSESLint.SourceCode>): StatusIndex {
  const { ast, visitorKeys } = sourceCode;
  const tokens = ast.tokens;
  const literals: IntegerLiteral[] = [];
  let bindings: ConstantBindings | undefined;
  const constantTokens: TSESTree.Token[] = [];

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === "Numeric") {
      if (!PLAIN_INTEGER.test(token.value)) continue;
      const code = Number(token.value);
      if (!Number.isSafeInteger(code)) continue;
      if (code < 100 && !smallNumberInStatusPosition(tokens, index)) continue;
      const node = nodeAt(ast, token.range[0], visitorKeys);
      if (node?.type === "Literal" && node.range[0] === token.range[0] && typeof node.value === "number") literals.push({ node, code });
    } else if (token.type === "Identifier") {
      bindings ??= gatherConstantBindings(ast as unknown as AnyNode);
      if (bindings.size > 0 && bindings.has(token.value)) constantTokens.push(token);
    }
  }

  let constants: ConstantRef[] | undefined;
  return {
    literals,
    constants() {
      if (constants) return constants;
      constants = [];
      if (!bindings || bindings.size === 0) return constants;
      const seen = new Set<AnyNode>();
      for (const token of constantTokens) {
        const identifier = nodeAt(ast, token.range[0], visitorKeys);
        if (identifier?.type !== "Identifier" || identifier.range[0] !== token.range[0]) continue;
        const ref = referenceFrom(identifier, bindings);
        if (!ref || seen.has(ref.node)) continue;
        seen.add(ref.node);
        if (refersTo(sourceCode, ref.root as unknown as TSESTree.Identifier, ref.binding.id)) constants.push(ref);
      }
      return constants;
    },
  };
}

/** The constant an identifier bound to a library starts: `S` in `S.NOT_FOUND`, `ns` in `ns.StatusCodes.NOT_FOUND`, or itself. */
function referenceFrom(identifier: TSESTree.Identifier, bindings: ConstantBindings): ConstantRef | undefined {
  const parent = identifier.parent;
  if (parent?.type === "MemberExpression" && parent.object === identifier) {
    const grandparent = parent.parent;
    if (grandparent?.type === "MemberExpression" && grandparent.object === parent) {
      const nested = resolveConstantRef(grandparent as unknown as AnyNode, bindings);
      if (nested) return nested;
    }
    return resolveConstantRef(parent as unknown as AnyNode, bindings);
  }
  return resolveConstantRef(identifier as unknown as AnyNode, bindings);
}

/** The file's shared index, built on first request by any rule. */
export function statusIndex(sourceCode: Readonly<TSESLint.SourceCode>): StatusIndex {
  let index = indexes.get(sourceCode.ast);
  if (!index) {
    index = buildIndex(sourceCode);
    indexes.set(sourceCode.ast, index);
  }
  return index;
}
