/**
 * One pass per file, shared by every rule: the integer literals that could be statuses and the
 * references to library constants, found from the token list rather than by listening to every
 * `Literal`, `Identifier` and `MemberExpression` ESLint visits. Rules run on every file in every
 * editor keystroke; most files hold no status at all, and for those this is one walk over the
 * tokens looking at `Numeric` ones and their neighbours, nothing more.
 *
 * The index is derived from the AST alone and kept in a WeakMap keyed by it, so the rules of one
 * file share it and it goes away with the file; nothing crosses from one file to the next.
 */
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { AnyNode } from "./ast";
import { type ConstantBindings, type ConstantRef, gatherConstantBindings, resolveConstantRef } from "./constant-refs";
import { type Catalogue, catalogueWith } from "./locate";
import { readSettings } from "./settings";
import { SINKS } from "./sinks";

export interface IntegerLiteral {
  readonly node: TSESTree.Literal;
  readonly code: number;
}

export interface StatusIndex {
  /** Plain decimal integer literals from 100 up, and smaller ones written where a status goes (`res.status(0)`), in source order. */
  readonly literals: readonly IntegerLiteral[];
  /** Whether the file binds a constant library at all; when not, `constants()` is empty without a look. */
  readonly bindsLibrary: boolean;
  /** References to constants of a known library, confirmed by scope analysis; computed on first use. */
  constants(): readonly ConstantRef[];
}

const indexes = new WeakMap<object, StatusIndex>();

/** Call names whose first argument is a status, so `res.status(0)` can be told from `items.at(0)` by its tokens. */
const FIRST_ARGUMENT_SINKS: ReadonlySet<string> = new Set(
  SINKS.flatMap((sink) => (sink.kind === "call" && sink.statusArgs?.includes(0) ? [sink.callee.split(".").pop()!] : [])),
);

type Token = TSESTree.Token;

/** `[0-9]+`: no sign, fraction, exponent, separator, radix prefix or BigInt suffix. */
function isPlainDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return raw.length > 0;
}

/** The last character of each punctuator after which a value starts: `(404`, `, 404`, `: 404`, `= 404`, `? 200`, `|| 500`, `[401`, `{404}`, `${404}`. */
const OPENS_VALUE = new Set(["(", ",", ":", "=", "?", "|", "&", "!", "{", "["]);
/** An operator right after the number makes it arithmetic or a range bound (`404 * 2`, `400 <= s`). */
const CONTINUES_ARITHMETIC = new Set(["+", "-", "*", "/", "%", "<", ">", "^", "."]);
const VALUE_KEYWORDS = new Set(["case", "return"]);

/**
 * A three-digit number is a candidate where a value starts — after `(`, `,`, `:`, `=`, `=>`, `?`,
 * `||`, `case`, `return`, a type assertion `<number>` — or before `==`/`!=` (`404 === res.status`),
 * and never as an operand of arithmetic or of `<`/`>` (`status >= 400` is a range check).
 */
function threeDigitMayBeStatus(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next !== undefined && next.type === "Punctuator") {
    const value = next.value;
    if (value === "==" || value === "===" || value === "!=" || value === "!==") return true;
    if (CONTINUES_ARITHMETIC.has(value[0]!)) return false;
  }
  const previous = tokens[at - 1];
  if (previous === undefined) return true;
  const value = previous.value;
  if (previous.type === "Keyword") return VALUE_KEYWORDS.has(value);
  if (previous.type === "Template") return value.endsWith("${");
  if (previous.type !== "Punctuator") return false;
  if (value === "=>") return true;
  if (value === ">") {
    // `<number>404` casts; `s > 404` does not, and only the cast has the type name written against the `>`.
    const before = tokens[at - 2];
    return before !== undefined && (before.type === "Identifier" || before.type === "Keyword") && before.range[1] === previous.range[0];
  }
  if (value === "<=" || value === ">=" || value === "<<=" || value === ">>=" || value === ">>>=") return false;
  return OPENS_VALUE.has(value[value.length - 1]!);
}

/** `status` and `statusCode` written as a key, a member or a quoted key (`status: 0`, `res.statusCode = 1000`, `"status": 0`). */
function namesStatusProperty(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const name = token.type === "String" ? token.value.slice(1, -1) : token.type === "Identifier" ? token.value : "";
  return name.endsWith("status") || name.endsWith("statusCode");
}

/*
 * Outside 100–999 a number is a status only where one is set, so only two shapes are looked at: a
 * first argument of a status-taking call (`res.status(0)`, `res.status(1000)`) and a status property
 * (`status: 0`, `statusCode = 1000`). Every other such number (loop bounds, indexes, sizes) is
 * dismissed by its neighbours alone.
 */
function otherNumberMayBeStatus(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (previous === undefined || previous.type !== "Punctuator") return false;
  if (previous.value === "(") {
    const next = tokens[at + 1];
    const callee = tokens[at - 2];
    return (next?.value === "," || next?.value === ")") && callee?.type === "Identifier" && FIRST_ARGUMENT_SINKS.has(callee.value);
  }
  return (previous.value === ":" || previous.value === "=") && namesStatusProperty(tokens[at - 2]);
}

/** Could this `Numeric` token be a status literal? Its text and its neighbours decide; the locator has the last word. */
function mayBeStatus(tokens: readonly Token[], at: number): boolean {
  const raw = tokens[at]!.value;
  if (!isPlainDigits(raw)) return false;
  if (raw.length === 3 && raw[0] !== "0") return threeDigitMayBeStatus(tokens, at);
  if (raw.length === 3 || (raw.length > 3 && raw[0] === "0")) return false;
  return otherNumberMayBeStatus(tokens, at);
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

/** What every import of a built-in constant library names (`http-status` covers `http-status-codes`). */
const LIBRARY_MODULE_HINTS = ["http-status", "@nestjs/common", "http2"];

/** Could this string or template token name a built-in library's module? (`'http-status-codes'`, `"node:http2"`, `` `@nestjs/common` ``) */
function mayNameLibraryModule(raw: string): boolean {
  // Every such module name starts with `h`, `n` or `@`; the character after the quote rules out most strings at once.
  const first = raw.charCodeAt(1);
  return (first === 104 || first === 110 || first === 64) && LIBRARY_MODULE_HINTS.some((hint) => raw.includes(hint));
}

function buildIndex(sourceCode: Readonly<TSESLint.SourceCode>): StatusIndex {
  const { ast, visitorKeys } = sourceCode;
  const tokens = ast.tokens;
  const literals: IntegerLiteral[] = [];
  const finder = new NodeFinder(ast, visitorKeys);
  let mayBindLibrary = false;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const type = token.type;
    if (type === "Numeric") {
      if (!mayBeStatus(tokens, at)) continue;
      const offset = token.range[0];
      const node = finder.at(offset);
      if (node.type === "Literal" && node.range[0] === offset && typeof node.value === "number" && Number.isSafeInteger(node.value)) {
        literals.push({ node, code: node.value });
      }
    } else if (!mayBindLibrary && (type === "String" || type === "Template")) {
      mayBindLibrary = mayNameLibraryModule(token.value);
    }
  }

  // Binding a library's constants means writing its module's name in a string; most files never do.
  const bindings: ConstantBindings = mayBindLibrary ? gatherConstantBindings(ast as unknown as AnyNode) : new Map();
  let constants: ConstantRef[] | undefined;
  return {
    literals,
    bindsLibrary: bindings.size > 0,
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

/**
 * The one listener every rule registers. Settings are validated for every file, so a bad config
 * fails at once (both calls are memoized); `check` runs only in a file that holds a candidate or
 * binds a constant library, so most files set nothing up.
 */
export function onStatusCandidates(
  context: Readonly<{ settings: Readonly<Record<string, unknown>>; sourceCode: Readonly<TSESLint.SourceCode> }>,
  check: (catalogue: Catalogue, index: StatusIndex) => void,
): TSESLint.RuleListener {
  const catalogue = catalogueWith(readSettings(context.settings).sinks);
  return {
    Program() {
      const index = statusIndex(context.sourceCode);
      if (index.literals.length > 0 || index.bindsLibrary) check(catalogue, index);
    },
  };
}
