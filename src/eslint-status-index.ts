/**
 * One pass per file, shared by every rule: the integer literals that could be statuses and the
 * references to library constants. ESLint walks the whole tree for every file anyway, so one
 * `Literal` listener gathers the numbers while it does, judging each by its parent alone: no rule
 * walks the tokens or searches the tree for a literal's node. Rules run on every file in every
 * editor keystroke; most files hold no status at all, and for those this is a type check per
 * literal, nothing more. References to constants are found from the identifier tokens, and only in
 * files that name a constant library's module.
 */
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { isAbsolute, resolve } from "node:path";
import { type AnyNode, parentFromProperty, plainIntegerValue } from "./ast";
import { type ConstantBindings, type ConstantRef, gatherConstantBindings, resolveConstantRef } from "./constant-refs";
import { BUILTIN_LIBRARIES, BUILTIN_LIBRARY_IDS } from "./libraries";
import { inferFor } from "./infer";
import { typesFor } from "./infer/types";
import { type Catalogue, catalogueWith } from "./locate";
import { readSettings } from "./settings";
import { SINKS } from "./sinks";

export interface IntegerLiteral {
  readonly node: TSESTree.Literal;
  readonly code: number;
}

export interface StatusIndex {
  /** Plain decimal integers that could be statuses, in source order: 100–999 where the parent leaves room for one, any other where a status is set (`res.status(0)`, `statusCode = 1000`). */
  readonly literals: readonly IntegerLiteral[];
  /** Whether the file binds a constant library at all; when not, `constants()` is empty without a look. */
  readonly bindsLibrary: boolean;
  /** References to constants of a known library, confirmed by scope analysis; computed on first use. */
  constants(): readonly ConstantRef[];
}

/**
 * The collection of the file being linted, by its AST. ESLint creates every rule of one file's lint
 * before it walks the next file, so one slot finds it; a host that interleaved files would only make
 * a second collection for a file, each complete. One slot also costs less than a WeakMap entry per
 * file, and it holds nothing but the last file's tree.
 */
let current: { readonly ast: object; readonly collection: Collection } | undefined;

/** Call names whose first argument is a status, so `res.status(0)` can be told from `items.at(0)`. */
const FIRST_ARGUMENT_SINKS: ReadonlySet<string> = new Set(
  SINKS.flatMap((sink) => (sink.kind === "call" && sink.statusArgs?.includes(0) ? [sink.callee.split(".").pop()!] : [])),
);

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(["==", "===", "!=", "!=="]);

/**
 * A three-digit number is a candidate unless where it stands rules a status out: an operand of
 * arithmetic, of `<`/`>` (`status >= 400` is a range check) or of a sign, the object of a member
 * access (`404..toString()`), or a statement, `throw`, `await` or `yield` on its own.
 */
function threeDigitMayBeStatus(node: TSESTree.Literal): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case "BinaryExpression":
      return EQUALITY_OPERATORS.has(parent.operator);
    case "UnaryExpression":
      return parent.operator === "!";
    case "MemberExpression":
      return parent.object !== node;
    case "ExpressionStatement":
    case "ThrowStatement":
    case "AwaitExpression":
    case "YieldExpression":
      return false;
    default:
      return true;
  }
}

/** Does this key, target or binding name a status (`status`, `res.statusCode`, `"status"`)? */
function namesStatus(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type === "MemberExpression") return namesStatus(node.property);
  const name = node.type === "Identifier" ? node.name : node.type === "Literal" ? node.value : undefined;
  return typeof name === "string" && (name.endsWith("status") || name.endsWith("statusCode"));
}

/** The name a call goes by: `status` in `status(0)` and `res.status(0)`, `Status` in `new Status(0)`. */
function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") return callee.property.name;
  return undefined;
}

/*
 * Outside 100–999 a number is a status only where one is set, so only two shapes are looked at: a
 * first argument of a status-taking call (`res.status(0)`, `res.status(1000)`) and a value given to a
 * status name (`status: 0`, `statusCode = 1000`). Every other such number (loop bounds, indexes,
 * sizes) is dismissed by its parent alone.
 */
function otherNumberMayBeStatus(node: TSESTree.Literal): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case "CallExpression":
    case "NewExpression": {
      if (parent.arguments[0] !== node) return false;
      const name = calleeName(parent.callee);
      return name !== undefined && FIRST_ARGUMENT_SINKS.has(name);
    }
    case "Property":
    case "PropertyDefinition":
      return parent.value === node && namesStatus(parent.key);
    case "AssignmentExpression":
    case "AssignmentPattern":
      return parent.right === node && namesStatus(parent.left);
    case "VariableDeclarator":
      return namesStatus(parent.id);
    default:
      return false;
  }
}

/** The status this numeric literal may be, if any: a plain decimal integer whose parent leaves room for one; the locator has the last word. */
function candidateCode(node: TSESTree.Literal): number | undefined {
  const value = node.value as number;
  // The parent rules out most numbers (indexes, sizes, arithmetic) before the raw text is compared.
  const fits = value >= 100 && value <= 999 ? threeDigitMayBeStatus(node) : otherNumberMayBeStatus(node);
  return fits ? plainIntegerValue(node as unknown as AnyNode) : undefined;
}

/** Module names of the built-in constant libraries: binding one means writing one of these. */
const LIBRARY_MODULES: ReadonlySet<string> = new Set(BUILTIN_LIBRARY_IDS.flatMap((id) => BUILTIN_LIBRARIES[id].modules));

/**
 * Can a string here be the module of an import, a `require` or an `import x = require()`? Strings
 * are the commonest literal, and most are arguments of other calls: those are ruled out by the
 * callee's name before the module names are looked up.
 */
function isModuleSpecifierPlace(parent: TSESTree.Node): boolean {
  if (parent.type === "CallExpression") return parent.callee.type === "Identifier" && parent.callee.name === "require";
  return parent.type === "ImportDeclaration" || parent.type === "TSExternalModuleReference";
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

/** What the traversal gathered for one file, until `Program:exit` turns it into the index. */
interface Collection {
  readonly literals: IntegerLiteral[];
  mayBindLibrary: boolean;
  complete: boolean;
  /** The lint run that gathers it: the object all rule contexts of one file's lint inherit from. */
  readonly run: object;
  index?: StatusIndex;
  /**
   * The file's inference, per catalogue: every rule of the lint asks about the same helpers and
   * locals, so each is worked out once per file rather than once per rule.
   */
  inferred?: Map<Catalogue, Catalogue>;
}

function finishedIndex(sourceCode: Readonly<TSESLint.SourceCode>, collection: Collection): StatusIndex {
  if (collection.index) return collection.index;
  const { ast, visitorKeys } = sourceCode;
  const bindings: ConstantBindings = collection.mayBindLibrary ? gatherConstantBindings(ast as unknown as AnyNode) : new Map();
  let constants: ConstantRef[] | undefined;
  collection.index = {
    literals: collection.literals,
    bindsLibrary: bindings.size > 0,
    constants() {
      if (constants) return constants;
      constants = [];
      if (bindings.size === 0) return constants;
      const finder = new NodeFinder(ast, visitorKeys);
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
  return collection.index;
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

/** The linted file on disk, for the inference's look at the modules it imports; none for text without a file name. */
function lintedFile(context: Readonly<{ filename?: string; cwd?: string }>): string | undefined {
  const { filename, cwd } = context;
  if (!filename || filename === "<input>" || filename === "<text>") return undefined;
  return isAbsolute(filename) ? filename : resolve(cwd ?? process.cwd(), filename);
}

/**
 * The listeners every rule returns. The first of our rules created for a file's lint listens to
 * `Literal` (and `TemplateLiteral`, for `` require(`http2`) ``) and gathers the candidates while
 * ESLint walks the tree anyway; the others only wait for `Program:exit`, which ESLint calls in the
 * order the rules were created, so the gathering is complete by the time any of them looks.
 * Settings are validated for every file, so a bad config fails at once (both calls are memoized);
 * `check` runs only in a file that holds a candidate or binds a constant library.
 *
 * The collection is derived from the AST alone and found by it: the rules of one file share it,
 * and nothing crosses from one file to the next.
 */
export function onStatusCandidates(
  context: Readonly<{ settings: Readonly<Record<string, unknown>>; sourceCode: Readonly<TSESLint.SourceCode>; filename?: string; cwd?: string }>,
  check: (catalogue: Catalogue, index: StatusIndex) => void,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const configured = catalogueWith(readSettings(context.settings).sinks);
  const ast = sourceCode.ast;
  // ESLint hands the rules of one lint contexts that inherit from one per-file object, so a
  // collection another lint left unfinished (a crash mid-walk) is never taken for this one's.
  const run = Object.getPrototypeOf(context) as object;
  const runCheck = (collection: Collection) => {
    const index = finishedIndex(sourceCode, collection);
    if (index.literals.length === 0 && !index.bindsLibrary) return;
    collection.inferred ??= new Map();
    let view = collection.inferred.get(configured);
    if (!view) {
      view = inferFor(configured, lintedFile(context), parentFromProperty, typesFor(sourceCode.parserServices));
      collection.inferred.set(configured, view);
    }
    check(view, index);
  };
  const existing = current?.ast === ast ? current.collection : undefined;
  if (existing && (existing.complete || existing.run === run)) {
    return { "Program:exit": () => runCheck(existing) };
  }
  const collection: Collection = { literals: [], mayBindLibrary: false, complete: false, run };
  current = { ast, collection };
  return {
    Literal(node) {
      const value = node.value;
      if (typeof value === "number") {
        const code = candidateCode(node);
        if (code !== undefined) collection.literals.push({ node, code });
      } else if (typeof value === "string" && !collection.mayBindLibrary && isModuleSpecifierPlace(node.parent)) {
        collection.mayBindLibrary = LIBRARY_MODULES.has(value);
      }
    },
    TemplateLiteral(node) {
      if (collection.mayBindLibrary || node.expressions.length > 0 || !isModuleSpecifierPlace(node.parent)) return;
      const cooked = node.quasis[0]?.value.cooked;
      collection.mayBindLibrary = typeof cooked === "string" && LIBRARY_MODULES.has(cooked);
    },
    "Program:exit"() {
      collection.complete = true;
      runCheck(collection);
    },
  };
}
