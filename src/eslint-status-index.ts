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
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { AnyNode } from "./ast";
import { type ConstantBindings, type ConstantRef, gatherConstantBindings, resolveConstantRef } from "./constant-refs";
import { SINKS } from "./sinks";
import { isWordCharacter, threeDigitCandidates } from "./status-text";

export interface IntegerLiteral {
  readonly node: TSESTree.Literal;
  readonly code: number;
}

export interface StatusIndex {
  /** Plain decimal integer literals from 100 up, and smaller ones written where a status goes (`res.status(0)`), in source order. */
  readonly literals: readonly IntegerLiteral[];
  /** References to constants of a known library, confirmed by scope analysis; computed on first use. */
  constants(): readonly ConstantRef[];
}

const indexes = new WeakMap<object, StatusIndex>();

/** Call names whose first argument is a status, so `res.status(0)` can be told from `items.at(0)` by its text. */
const FIRST_ARGUMENT_SINKS: ReadonlySet<string> = new Set(
  SINKS.flatMap((sink) => (sink.kind === "call" && sink.statusArgs?.includes(0) ? [sink.callee.split(".").pop()!] : [])),
);

/*
 * Outside 100–999 a number is a status only where one is set, so only two shapes are looked at: a
 * first argument of a status-taking call (`res.status(0)`, `res.status(1000)`) and a status property
 * (`status: 0`, `statusCode = 1000`). Every other such number (loop bounds, indexes, sizes) is
 * dismissed by the text alone. Both patterns start with a fixed character or word, which keeps the
 * scan of large files cheap.
 */
const OTHER_FIRST_ARGUMENT = /\(\s*(\d{1,2}|[1-9]\d{3,})\s*[,)]/g;
const OTHER_STATUS_PROPERTY = /status(?:Code)?['"]?\s*[:=]\s*(\d{1,2}|[1-9]\d{3,})(?![\w$.])/g;

/** The identifier that ends right before `offset` (skipping blanks): `status` in `res.status (`. */
function nameBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t" || text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  let start = end;
  while (start > 0 && isWordCharacter(text[start - 1])) start--;
  return text.slice(start, end);
}

/**
 * Innermost nodes at ascending offsets. The path of the previous answer is kept, so each lookup
 * climbs only as far as the nearest common ancestor and descends from there, instead of from the
 * program every time.
 */
class NodeFinder {
  private readonly path: TSESTree.Node[];

  constructor(
    root: TSESTree.Node,
    private readonly visitorKeys: TSESLint.SourceCode.VisitorKeys,
  ) {
    this.path = [root];
  }

  at(offset: number): TSESTree.Node {
    const path = this.path;
    while (path.length > 1 && !isNodeAt(path[path.length - 1], offset)) path.pop();
    let node = path[path.length - 1]!;
    descend: for (;;) {
      const record = node as unknown as Record<string, unknown>;
      const keys = this.visitorKeys[node.type];
      if (keys === undefined) return node;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const child = record[key];
        const found = Array.isArray(child) ? childAt(child as (TSESTree.Node | null)[], offset) : isNodeAt(child, offset) ? child : undefined;
        if (found) {
          node = found;
          path.push(node);
          continue descend;
        }
      }
      return node;
    }
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

/** What every import of a built-in constant library contains (`http-status` covers `http-status-codes`); one scan of the text. */
const LIBRARY_MODULE_HINT = /http-status|@nestjs\/common|http2/;

function buildIndex(sourceCode: Readonly<TSESLint.SourceCode>): StatusIndex {
  const { ast, visitorKeys, text } = sourceCode;
  const offsets = threeDigitCandidates(text).map((candidate) => candidate.offset);
  for (const match of text.matchAll(OTHER_FIRST_ARGUMENT)) {
    if (FIRST_ARGUMENT_SINKS.has(nameBefore(text, match.index))) offsets.push(match.index + match[0].indexOf(match[1]!));
  }
  for (const match of text.matchAll(OTHER_STATUS_PROPERTY)) offsets.push(match.index + match[0].length - match[1]!.length);
  offsets.sort((a, b) => a - b);

  const literals: IntegerLiteral[] = [];
  const finder = new NodeFinder(ast, visitorKeys);
  for (const offset of offsets) {
    const node = finder.at(offset);
    if (node.type === "Literal" && node.range[0] === offset && typeof node.value === "number" && Number.isSafeInteger(node.value)) {
      literals.push({ node, code: node.value });
    }
  }

  // Binding a library's constants means naming its module; most files never do, and skip the scan.
  const bindings: ConstantBindings = LIBRARY_MODULE_HINT.test(text)
    ? gatherConstantBindings(ast as unknown as AnyNode)
    : new Map();
  let constants: ConstantRef[] | undefined;
  return {
    literals,
    constants() {
      if (constants) return constants;
      constants = [];
      if (bindings.size === 0) return constants;
      const seen = new Set<AnyNode>();
      for (const token of ast.tokens) {
        if (token.type !== "Identifier" || !bindings.has(token.value)) continue;
        const identifier = finder.at(token.range[0]);
        if (identifier.type !== "Identifier" || identifier.range[0] !== token.range[0]) continue;
        const ref = referenceFrom(identifier, bindings);
        if (!ref || seen.has(ref.node)) continue;
        seen.add(ref.node);
        if (refersTo(sourceCode, ref.root as unknown as TSESTree.Identifier, ref.binding.id)) constants.push(ref);
      }
      return constants;
    },
  };
}

/**
 * Is `identifier` a reference (not a key or a declaration) to the variable `declarationId` declares?
 * The syntactic match of `constant-refs` is confirmed here, so a parameter named `StatusCodes` that
 * shadows the import is not taken for it.
 */
function refersTo(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier, declarationId: AnyNode): boolean {
  const scope = sourceCode.getScope(identifier);
  if (!scope.references.some((reference) => reference.identifier === identifier)) return false;
  // By name rather than `reference.resolved`: script-mode global scopes leave references unresolved.
  const variable = ASTUtils.findVariable(scope, identifier);
  return variable?.defs.some((definition) => (definition.name as unknown) === declarationId) ?? false;
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
