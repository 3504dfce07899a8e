/**
 * A thin reading layer over the two tree shapes this project meets: ESTree/TSESTree (ESLint)
 * and the Babel AST that jscodeshift builds with its babylon/ts/tsx parsers. Everything in
 * src/ reads nodes through these helpers, so the same decision code serves rules and codemods.
 */

// The trees come from different parsers with different static types; a structural view is all we need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNode = { type: string; [key: string]: any };

/** Parent lookup: `node.parent` under ESLint, a map built during the walk in codemods. */
export type ParentOf = (node: AnyNode) => AnyNode | undefined;

export const parentFromProperty: ParentOf = (node) => node.parent as AnyNode | undefined;

export function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as AnyNode).type === "string";
}

/** [start, end) offsets: `range` under ESTree, `start`/`end` under Babel. */
export function rangeOf(node: AnyNode): [number, number] {
  if (Array.isArray(node.range)) return [node.range[0], node.range[1]];
  return [node.start as number, node.end as number];
}

export function isNumericLiteral(node: AnyNode): boolean {
  return (node.type === "Literal" && typeof node.value === "number") || node.type === "NumericLiteral";
}

function rawOf(node: AnyNode): string | undefined {
  return (node.raw as string | undefined) ?? (node.extra?.raw as string | undefined);
}

/**
 * The value of a plain decimal integer literal (`404`), or undefined for anything else:
 * `0o644` is 420 and `0x1F4` is 500, `2e2`, `404n`, `4_04` and `404.0` are written on purpose,
 * and none of them reads as a status code.
 */
export function plainIntegerValue(node: AnyNode): number | undefined {
  if (!isNumericLiteral(node)) return undefined;
  const value = node.value as number;
  if (!Number.isSafeInteger(value)) return undefined;
  return rawOf(node) === String(value) ? value : undefined;
}

export function isStringLiteral(node: AnyNode | undefined | null): boolean {
  if (!node) return false;
  return (node.type === "Literal" && typeof node.value === "string") || node.type === "StringLiteral";
}

/** The value of a string literal or an expression-free template literal. */
export function staticString(node: AnyNode | undefined | null): string | undefined {
  if (!node) return undefined;
  if (isStringLiteral(node)) return node.value as string;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) {
    return (node.quasis[0]?.value?.cooked as string | undefined) ?? undefined;
  }
  return undefined;
}

export function isCall(node: AnyNode | undefined): boolean {
  return node?.type === "CallExpression" || node?.type === "OptionalCallExpression";
}

export function isNew(node: AnyNode | undefined): boolean {
  return node?.type === "NewExpression";
}

export function isMember(node: AnyNode | undefined): boolean {
  return node?.type === "MemberExpression" || node?.type === "OptionalMemberExpression";
}

export function isObjectExpression(node: AnyNode | undefined): boolean {
  return node?.type === "ObjectExpression";
}

/** An object literal's own `key: value` entry (not a method, getter or spread). */
export function isValueProperty(node: AnyNode | undefined): boolean {
  if (!node) return false;
  if (node.type === "ObjectProperty") return true;
  return node.type === "Property" && node.kind === "init" && !node.method;
}

/** Name of a non-computed key, or of a computed key written as a string literal. */
export function propertyKeyName(property: AnyNode): string | undefined {
  const key = property.key as AnyNode | undefined;
  if (!key) return undefined;
  if (!property.computed && key.type === "Identifier") return key.name as string;
  if (isStringLiteral(key)) return key.value as string;
  return undefined;
}

/** `a.b` → "b", `a["b"]` → "b"; undefined for computed non-literal access. */
export function memberPropertyName(member: AnyNode): string | undefined {
  const property = member.property as AnyNode;
  if (!member.computed) return property.type === "Identifier" ? (property.name as string) : undefined;
  return staticString(property);
}

const TRANSPARENT_WRAPPERS = new Set([
  "ChainExpression",
  "TSNonNullExpression",
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSTypeAssertion",
  "ParenthesizedExpression",
  "AwaitExpression",
]);

/** Strips wrappers that do not change which object an expression denotes. */
export function unwrap(node: AnyNode): AnyNode {
  let current = node;
  while (TRANSPARENT_WRAPPERS.has(current.type)) current = (current.expression ?? current.argument) as AnyNode;
  return current;
}

/** Wrappers a status value can sit in without ceasing to be that value (`404 as const`, `(404)`). */
const VALUE_WRAPPERS = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSTypeAssertion",
  "TSNonNullExpression",
  "ParenthesizedExpression",
]);

export function isValueWrapper(node: AnyNode): boolean {
  return VALUE_WRAPPERS.has(node.type);
}

/**
 * The last name in an expression, used to recognise what object a call or member hangs on:
 * `res` → "res", `ctx.response` → "response", `h.response(x)` → "response", `this` → "this".
 */
export function terminalName(node: AnyNode | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  switch (inner.type) {
    case "Identifier":
      return inner.name as string;
    case "ThisExpression":
      return "this";
    case "MemberExpression":
    case "OptionalMemberExpression":
      return memberPropertyName(inner);
    case "CallExpression":
    case "OptionalCallExpression":
    case "NewExpression":
      return terminalName(inner.callee as AnyNode);
    default:
      return undefined;
  }
}

/**
 * The callee of a call as a list of names from the outside in: `res.status` → ["res", "status"],
 * `expect(x).to.equal` → ["expect()", "to", "equal"], `new Boom.Boom` → ["Boom", "Boom"].
 * A call in the middle of a chain appears as its callee's last name followed by "()".
 */
export function calleePath(callee: AnyNode): string[] {
  const path: string[] = [];
  let current: AnyNode | undefined = unwrap(callee);
  while (current) {
    if (isMember(current)) {
      path.push(memberPropertyName(current) ?? "[]");
      current = unwrap(current.object as AnyNode);
    } else if (isCall(current) || isNew(current)) {
      path.push(`${terminalName(current.callee as AnyNode) ?? "?"}()`);
      break;
    } else if (current.type === "Identifier") {
      path.push(current.name as string);
      break;
    } else if (current.type === "ThisExpression") {
      path.push("this");
      break;
    } else {
      path.push("?");
      break;
    }
  }
  return path.reverse();
}

/** The object a member call is made on (`res` in `res.status(…)`), or undefined for a bare call. */
export function calleeObject(callee: AnyNode): AnyNode | undefined {
  const inner = unwrap(callee);
  return isMember(inner) ? (inner.object as AnyNode) : undefined;
}

/** The method or function name of a call (`status` in `res.status(…)`, `createError` in `createError(…)`). */
export function calleeName(callee: AnyNode): string | undefined {
  const inner = unwrap(callee);
  if (inner.type === "Identifier") return inner.name as string;
  if (isMember(inner)) return memberPropertyName(inner);
  return undefined;
}

export function isFunctionNode(node: AnyNode | undefined): boolean {
  return (
    node?.type === "FunctionDeclaration" ||
    node?.type === "FunctionExpression" ||
    node?.type === "ArrowFunctionExpression" ||
    node?.type === "ObjectMethod" ||
    node?.type === "ClassMethod" ||
    node?.type === "ClassPrivateMethod"
  );
}
