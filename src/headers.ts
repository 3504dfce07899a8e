/**
 * "Which headers go out with this status, and does a body go with it?" — read from the code
 * around a located status, for `require-status-headers` and `no-body-with-bodiless-status`.
 *
 * The unit is the response a status is set on: the receiver a handler keeps (`res`, `ctx`,
 * `reply`, `c`, `event`, a `response` variable), the fluent chain the status sits in
 * (`h.response(x).code(401).header(…)`), the same call's headers argument, the same init or
 * object literal, and NestJS decorators on the same method. Precision first: whatever could set
 * headers out of sight (a spread, a variable, a call result, the response handed to another
 * function) makes the answer "unknown", and callers stay silent.
 *
 * Parser-agnostic like the rest of src/: nodes are read through `ast.ts` and parents through `ParentOf`.
 */
import {
  type AnyNode,
  type ParentOf,
  calleeName,
  isCall,
  isFunctionNode,
  isMember,
  isNew,
  isNode,
  isObjectExpression,
  isValueProperty,
  memberPropertyName,
  propertyKeyName,
  rangeOf,
  staticString,
  unwrap,
} from "./ast";
import { STATUS_METHODS, type StatusPosition } from "./locate";
import { type CallSink, SINKS } from "./sinks";

export interface HeaderFacts {
  /** Header names known to be set on the response, lower case. */
  readonly names: ReadonlySet<string>;
  /** Something out of sight may set headers too: a spread, a variable, a helper the response escapes into. */
  readonly unknown: boolean;
}

/** Methods on a response object (or its chain) that set headers from `(name, value)` or `({ name: value })`. */
const HEADER_SETTERS = new Set(["set", "header", "headers", "setHeader", "setHeaders", "append", "appendHeader"]);
/** Methods that set `Location` themselves: Express/Koa `redirect(url)`, Express `location(url)`, Hapi `created(uri)`. */
const LOCATION_SETTERS = new Set(["location", "redirect", "created"]);
/** Methods that write a body from their first argument. */
const BODY_METHODS = new Set(["json", "send", "end", "write", "body", "jsonp", "render", "sendFile", "download", "html", "text"]);
/**
 * Calls on a Hapi toolkit (`h.response(x)`, `h.redirect(u)`, `h.view(t)`) create a fresh response:
 * when a chain continues on one, the chain is the unit, not `h`.
 */
const RESPONSE_FACTORIES = new Set(["response", "redirect", "view", "file"]);
/** h3 / Nuxt functions that take the event first and set headers from the rest. */
const EVENT_HEADER_FUNCTIONS = new Set([
  "setResponseHeader",
  "setResponseHeaders",
  "appendResponseHeader",
  "appendResponseHeaders",
  "setHeader",
  "setHeaders",
  "appendHeader",
  "appendHeaders",
]);
/** Bare functions that receive the response without setting the headers this analysis cares about. */
const NON_ESCAPING_FUNCTION = /^(?:get|read|is|has|assert|use)[A-Z]/;
/** Members that stand for the same response: `ctx.response`, `ctx.res` (Koa), `reply.raw` (Fastify). */
const SAME_RESPONSE_MEMBERS = new Set(["response", "res", "raw"]);
/** Parameter decorators that hand a NestJS handler the raw response, which it may then set headers on. */
const NEST_RESPONSE_PARAMS = new Set(["Res", "Response"]);
/** Option keys that carry a body in mock/init objects (Playwright `fulfill`, Cypress `intercept`, Lambda results). */
const BODY_KEYS = new Set(["body", "json", "jsonBody", "fixture"]);
const HEADER_KEYS = new Set(["headers", "multiValueHeaders"]);

/** Node fields that are not children (or are type-only children this analysis never needs). */
const SKIPPED_FIELDS = new Set([
  "parent",
  "loc",
  "range",
  "start",
  "end",
  "extra",
  "leadingComments",
  "trailingComments",
  "innerComments",
  "comments",
  "tokens",
  "typeAnnotation",
  "returnType",
  "typeParameters",
  "typeArguments",
]);

function forEachChild(node: AnyNode, visit: (child: AnyNode) => void): void {
  for (const key of Object.keys(node)) {
    if (SKIPPED_FIELDS.has(key)) continue;
    const value = node[key] as unknown;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

function contains(outer: AnyNode, inner: AnyNode): boolean {
  const [outerStart, outerEnd] = rangeOf(outer);
  const [innerStart, innerEnd] = rangeOf(inner);
  return outerStart <= innerStart && innerEnd <= outerEnd;
}

/** Mutable only while one question is being answered; never shared between calls. */
class HeaderCollector {
  readonly names = new Set<string>();
  unknown = false;

  add(name: string): void {
    this.names.add(name.toLowerCase());
  }

  /** `set("Allow", v)`, `set({ Allow: v })`; anything else may name any header. */
  fromSetterArguments(args: readonly AnyNode[]): void {
    const first = args[0];
    if (!first) return;
    const name = staticString(first);
    if (name !== undefined) this.add(name);
    else this.fromHeadersValue(first);
  }

  /** A headers value: an object literal, `[[k, v]]` pairs, a flat `[k, v, …]` list (writeHead), `new Headers(init)`. */
  fromHeadersValue(value: AnyNode | undefined | null): void {
    if (!value) return;
    const node = unwrap(value);
    if (isObjectExpression(node)) {
      for (const property of node.properties as AnyNode[]) {
        const key = isValueProperty(property) ? propertyKeyName(property) : undefined;
        if (key === undefined) this.unknown = true;
        else this.add(key);
      }
    } else if (node.type === "ArrayExpression") {
      const elements = (node.elements as (AnyNode | null)[]).filter((element): element is AnyNode => element !== null);
      const pairs = elements.length > 0 && elements.every((element) => unwrap(element).type === "ArrayExpression");
      elements.forEach((element, index) => {
        const name = pairs ? staticString((unwrap(element).elements as (AnyNode | null)[])[0]) : index % 2 === 0 ? staticString(element) : "";
        if (name === undefined) this.unknown = true;
        else if (name !== "") this.add(name);
      });
    } else if (isNew(node) && calleeName(node.callee as AnyNode) === "Headers") {
      this.fromHeadersValue((node.arguments as AnyNode[])[0]);
    } else if (!isNothing(node)) {
      this.unknown = true;
    }
  }

  /** `writeHead(status, headers)` or `writeHead(status, "Reason", headers)`: a string is never a headers value. */
  fromHeadersArgument(args: readonly AnyNode[], index: number): void {
    const value = args[index];
    this.fromHeadersValue(value && staticString(value) !== undefined ? args[index + 1] : value);
  }

  /** An init/result object's `headers` and `multiValueHeaders`; a spread may carry either. */
  fromInitObject(object: AnyNode): void {
    for (const property of object.properties as AnyNode[]) {
      if (!isValueProperty(property)) {
        this.unknown = true;
        continue;
      }
      const key = propertyKeyName(property);
      if (key === undefined) this.unknown = true;
      else if (HEADER_KEYS.has(key)) this.fromHeadersValue(property.value as AnyNode);
    }
  }

  /** A call in the response's chain or on the response object: header setters, Location setters, writeHead. */
  fromResponseMethod(call: AnyNode): void {
    const method = calleeName(call.callee as AnyNode);
    const args = call.arguments as AnyNode[];
    if (method === undefined) return;
    if (HEADER_SETTERS.has(method)) this.fromSetterArguments(args);
    else if (LOCATION_SETTERS.has(method)) this.add("location");
    else if (method === "writeHead") this.fromHeadersArgument(args, 1);
    else if (method === "links") this.add("link");
  }
}

/** `null`, `undefined`, `void x`, `""`: what APIs treat as "no body" and "no headers". */
export function isNothing(value: AnyNode | undefined | null): boolean {
  if (!value) return true;
  const node = unwrap(value);
  if (node.type === "NullLiteral" || (node.type === "Literal" && node.value === null && node.regex === undefined && node.bigint === undefined)) return true;
  if (node.type === "Identifier" && node.name === "undefined") return true;
  if (node.type === "UnaryExpression" && node.operator === "void") return true;
  return staticString(node) === "";
}

// ---------------------------------------------------------------------------------------------
// The response unit.

/**
 * A name for the response object an expression denotes, so separate statements can be matched:
 * `res` → "res", `ctx.response` → "ctx", `this.res` → "this.res". Undefined for anything else.
 */
export function responseKey(expression: AnyNode | undefined | null): string | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (node.type === "Identifier") return node.name as string;
  if (node.type === "ThisExpression") return "this";
  if (isMember(node) && !node.computed) {
    const object = unwrap(node.object as AnyNode);
    const property = memberPropertyName(node);
    if (property === undefined) return undefined;
    const base = responseKey(object);
    if (base === undefined) return undefined;
    return SAME_RESPONSE_MEMBERS.has(property) && object.type !== "ThisExpression" ? base : `${base}.${property}`;
  }
  return undefined;
}

/** Is this call a link of a method chain (`x.m(…)`), as opposed to a bare call or a factory root? */
function chainLinkObject(call: AnyNode): AnyNode | undefined {
  const callee = unwrap(call.callee as AnyNode);
  return isMember(callee) ? unwrap(callee.object as AnyNode) : undefined;
}

/** Walks a chain inwards from `node`: the calls met and the root object (or factory call) it starts from. */
function chainInwards(node: AnyNode): { links: AnyNode[]; root: AnyNode } {
  const links: AnyNode[] = [];
  let current = unwrap(node);
  for (let depth = 0; depth < 32 && isCall(current); depth++) {
    const object = chainLinkObject(current);
    if (!object) break;
    links.push(current);
    // `h.response(x).code(401)`: the chain starts at the factory call, which is a link of its own.
    if (isCall(object) && RESPONSE_FACTORIES.has(calleeName(object.callee as AnyNode) ?? "") && chainLinkObject(object)) {
      const factoryObject = chainLinkObject(object)!;
      if (!isCall(factoryObject)) {
        links.push(object);
        return { links, root: object };
      }
    }
    current = object;
  }
  return { links, root: current };
}

/** Walks a chain outwards from `node`: `res.status(401)` → `.set(…)` → `.json(…)`. */
function chainOutwards(node: AnyNode, parentOf: ParentOf): AnyNode[] {
  const links: AnyNode[] = [];
  let current = node;
  for (let depth = 0; depth < 32; depth++) {
    let parent = parentOf(current);
    while (parent && (parent.type === "ChainExpression" || parent.type === "TSNonNullExpression" || parent.type === "ParenthesizedExpression")) {
      current = parent;
      parent = parentOf(current);
    }
    if (!parent || !isMember(parent) || parent.object !== current) break;
    const call = parentOf(parent);
    if (!call || !isCall(call) || call.callee !== parent) break;
    links.push(call);
    current = call;
  }
  return links;
}

/** The variable a freshly built response is kept in: `const response = NextResponse.json(…)`. */
function declaredName(node: AnyNode, parentOf: ParentOf): string | undefined {
  let current = node;
  let parent = parentOf(current);
  while (parent && (parent.type === "AwaitExpression" || parent.type === "TSAsExpression" || parent.type === "TSSatisfiesExpression" || parent.type === "ParenthesizedExpression")) {
    current = parent;
    parent = parentOf(current);
  }
  if (parent?.type === "VariableDeclarator" && parent.init === current && parent.id.type === "Identifier") return parent.id.name as string;
  if (parent?.type === "AssignmentExpression" && parent.right === current && parent.left.type === "Identifier") return parent.left.name as string;
  return undefined;
}

function enclosingFunction(node: AnyNode, parentOf: ParentOf): AnyNode | undefined {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

function programOf(node: AnyNode, parentOf: ParentOf): AnyNode {
  let current = node;
  for (let parent = parentOf(current); parent; parent = parentOf(current)) current = parent;
  return current;
}

function patternDeclares(pattern: AnyNode | undefined | null, name: string): boolean {
  if (!pattern) return false;
  switch (pattern.type) {
    case "Identifier":
      return pattern.name === name;
    case "AssignmentPattern":
      return patternDeclares(pattern.left as AnyNode, name);
    case "RestElement":
      return patternDeclares(pattern.argument as AnyNode, name);
    case "TSParameterProperty":
      return patternDeclares(pattern.parameter as AnyNode, name);
    case "ArrayPattern":
      return (pattern.elements as (AnyNode | null)[]).some((element) => patternDeclares(element, name));
    case "ObjectPattern":
      return (pattern.properties as AnyNode[]).some((property) =>
        patternDeclares((property.type === "RestElement" ? property : property.value) as AnyNode, name),
      );
    default:
      return false;
  }
}

function declaresParameter(fn: AnyNode, name: string): boolean {
  return (fn.params as AnyNode[]).some((param) => patternDeclares(param, name));
}

/** The function whose code may touch the response: the one that receives it, else the nearest one. */
function scopeFor(host: AnyNode, key: string | undefined, parentOf: ParentOf): AnyNode {
  const base = key?.split(".")[0];
  const nearest = enclosingFunction(host, parentOf);
  if (base !== undefined && base !== "this") {
    for (let fn = nearest; fn; fn = enclosingFunction(fn, parentOf)) {
      if (declaresParameter(fn, base)) return fn;
    }
  }
  return nearest ?? programOf(host, parentOf);
}

interface ResponseUnit {
  /** Calls of the fluent chain the status belongs to, the host included when it is one. */
  readonly chain: readonly AnyNode[];
  /** The response object's name in the handler, when it has one. */
  readonly key: string | undefined;
  readonly scope: AnyNode;
}

/** Is the sink's callee a method on a response-like receiver (`*.status`, `~.code`, `$hono.json`)? */
function onReceiver(sink: CallSink): boolean {
  const first = sink.callee.split(".")[0];
  return first === "*" || first === "~" || first === "$hono";
}

function responseUnit(position: StatusPosition, parentOf: ParentOf): ResponseUnit {
  const { host, sink } = position;
  let chain: AnyNode[] = [];
  let key: string | undefined;
  if (sink.kind === "call" && (isCall(host) || isNew(host))) {
    if (isCall(host) && onReceiver(sink)) {
      const inwards = chainInwards(host);
      chain = [...inwards.links, ...chainOutwards(host, parentOf)];
      key = isCall(inwards.root) ? undefined : responseKey(inwards.root);
    } else if (sink.responseArg !== undefined) {
      key = responseKey((host.arguments as AnyNode[])[sink.responseArg]);
    } else if (sink.boundFrom !== undefined) {
      key = contextSetKey(host, parentOf);
    } else {
      chain = chainOutwards(host, parentOf);
      key = declaredName(host, parentOf);
    }
  } else if (host.type === "AssignmentExpression" && isMember(unwrap(host.left as AnyNode))) {
    key = responseKey(unwrap(host.left as AnyNode).object as AnyNode);
  } else if (isObjectExpression(host)) {
    key = declaredName(host, parentOf);
  }
  return { chain, key, scope: scopeFor(host, key, parentOf) };
}

/**
 * The local name of `set` in an Elysia handler's context parameter (`({ set, status }) => …`), or
 * `rest.set` when a rest element holds it: where `status(401)` from the same context gets its
 * headers (`set.headers["www-authenticate"] = …`). The nearest function destructuring the context is
 * the handler.
 */
function contextSetKey(node: AnyNode, parentOf: ParentOf): string | undefined {
  for (let fn = enclosingFunction(node, parentOf); fn; fn = enclosingFunction(fn, parentOf)) {
    const first = (fn.params as AnyNode[])[0];
    const pattern = first?.type === "AssignmentPattern" ? (first.left as AnyNode) : first;
    if (pattern?.type !== "ObjectPattern") continue;
    let rest: string | undefined;
    let isContext = false;
    for (const property of pattern.properties as AnyNode[]) {
      if (property.type === "RestElement") {
        if (property.argument?.type === "Identifier") rest = property.argument.name as string;
        continue;
      }
      const key = propertyKeyName(property);
      const value = property.value?.type === "AssignmentPattern" ? (property.value.left as AnyNode) : (property.value as AnyNode | undefined);
      if (key === "set" && value?.type === "Identifier") return value.name as string;
      if (key === "status" || key === "set") isContext = true;
    }
    if (isContext) return rest === undefined ? undefined : `${rest}.set`;
  }
  return undefined;
}

/** Elysia context calls that answer with a status of their own: returning one is another response, not a body. */
const CONTEXT_RESPONSES = new Set(["status", "error", "redirect"]);

/**
 * Elysia sends what a handler returns, so after `set.status = 204` a `return body` in the same block
 * is that response's body. Only where `set` is the handler's own destructured parameter.
 */
function returnIsBody(returned: AnyNode, host: AnyNode, key: string, parentOf: ParentOf): boolean {
  const value = unwrap(returned);
  if (isCall(value) && value.callee.type === "Identifier" && CONTEXT_RESPONSES.has(value.callee.name as string)) return false;
  const fn = enclosingFunction(host, parentOf);
  return fn !== undefined && declaresParameter(fn, key) && contextSetKey(host, parentOf) === key;
}

// ---------------------------------------------------------------------------------------------
// Which statements of the handler can go out with the status.

function completesAbruptly(node: AnyNode | undefined | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case "ReturnStatement":
    case "ThrowStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return true;
    case "BlockStatement": {
      const body = node.body as AnyNode[];
      return completesAbruptly(body[body.length - 1]);
    }
    case "SwitchCase": {
      const body = node.consequent as AnyNode[];
      return completesAbruptly(body[body.length - 1]);
    }
    case "IfStatement":
      return completesAbruptly(node.consequent as AnyNode) && completesAbruptly(node.alternate as AnyNode | null);
    default:
      return false;
  }
}

/** A branch only some runs take: an `if` arm or a `switch` case. */
function isBranch(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (node.type === "SwitchCase") return true;
  return parent?.type === "IfStatement" && (parent.consequent === node || parent.alternate === node);
}

/**
 * Decides whether a statement elsewhere in the handler can affect the response that carries the
 * status: code in another branch that returns early, or after the status's own branch returned,
 * belongs to a different response.
 */
function reachability(host: AnyNode, scope: AnyNode, parentOf: ParentOf): (node: AnyNode) => boolean {
  let exitEnd = Number.POSITIVE_INFINITY;
  for (let current: AnyNode | undefined = host; current && current !== scope; current = parentOf(current)) {
    const parent = parentOf(current);
    const exits =
      current.type === "ReturnStatement" || current.type === "ThrowStatement" || (isBranch(current, parent) && completesAbruptly(current));
    if (exits) exitEnd = Math.min(exitEnd, rangeOf(current)[1]);
  }
  return (node) => {
    if (rangeOf(node)[0] >= exitEnd) return false;
    for (let current: AnyNode | undefined = node; current && current !== scope; current = parentOf(current)) {
      const parent = parentOf(current);
      if (isBranch(current, parent) && !contains(current, host) && completesAbruptly(current)) return false;
    }
    return true;
  };
}

/** Is the expression the response (or a chain on it) named `key`? */
function rootedAt(expression: AnyNode, key: string): boolean {
  const { root } = chainInwards(expression);
  return !isCall(root) && responseKey(root) === key;
}

/** Is `node` (an argument, an initializer) the response itself, handed over to other code? */
function isResponseItself(node: AnyNode | undefined | null, key: string): boolean {
  return node !== undefined && node !== null && node.type !== "SpreadElement" && responseKey(node) === key;
}

/** Header facts from the statements of the handler that touch the response named `key`. */
function collectFromScope(unit: ResponseUnit, host: AnyNode, parentOf: ParentOf, collector: HeaderCollector): void {
  const key = unit.key!;
  const base = key.split(".")[0]!;
  const reaches = reachability(host, unit.scope, parentOf);
  const hostIsCall = isCall(host);

  const visit = (node: AnyNode): void => {
    if (node !== unit.scope && isFunctionNode(node) && base !== "this" && declaresParameter(node, base)) return;
    if (isCall(node) || isNew(node)) inspectCall(node);
    else if (node.type === "AssignmentExpression") inspectAssignment(node);
    else if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && isResponseItself(node.init as AnyNode | null, key) && reaches(node)) {
      collector.unknown = true;
    }
    forEachChild(node, visit);
  };

  const inspectCall = (call: AnyNode): void => {
    const args = call.arguments as AnyNode[];
    const callee = unwrap(call.callee as AnyNode);
    const method = calleeName(callee);
    if (isCall(call) && isMember(callee) && method !== undefined) {
      const object = unwrap(callee.object as AnyNode);
      // `response.headers.set("Allow", …)` on a fetch/Next Response kept in a variable.
      if (isMember(object) && memberPropertyName(object) === "headers" && responseKey(object.object as AnyNode) === key) {
        if ((method === "set" || method === "append") && reaches(call)) collector.fromSetterArguments(args);
        return;
      }
      if (rootedAt(object, key)) {
        if (reaches(call)) collector.fromResponseMethod(call);
        return;
      }
    }
    if (isCall(call) && callee.type === "Identifier" && method !== undefined && isResponseItself(args[0], key)) {
      if (EVENT_HEADER_FUNCTIONS.has(method)) {
        if (reaches(call)) collector.fromSetterArguments(args.slice(1));
        return;
      }
      if (method === "sendRedirect") {
        if (reaches(call)) collector.add("location");
        return;
      }
    }
    if (call === host && hostIsCall) return;
    if (isCall(call) && callee.type === "Identifier" && NON_ESCAPING_FUNCTION.test(callee.name as string)) return;
    if (args.some((arg) => isResponseItself(arg, key)) && reaches(call)) collector.unknown = true;
  };

  const inspectAssignment = (assignment: AnyNode): void => {
    if (isResponseItself(assignment.right as AnyNode, key) && reaches(assignment)) {
      collector.unknown = true;
      return;
    }
    const target = unwrap(assignment.left as AnyNode);
    if (!isMember(target)) return;
    const object = unwrap(target.object as AnyNode);
    // `result.headers = {…}` on a Lambda result kept in a variable.
    if (HEADER_KEYS.has(memberPropertyName(target) ?? "") && responseKey(object) === key) {
      if (reaches(assignment)) collector.fromHeadersValue(assignment.right as AnyNode);
      return;
    }
    // Elysia's `set.redirect = url` writes Location.
    if (memberPropertyName(target) === "redirect" && responseKey(object) === key) {
      if (reaches(assignment)) collector.add("location");
      return;
    }
    // `res.headers["Location"] = …`, `result.headers.Location = …`.
    if (isMember(object) && HEADER_KEYS.has(memberPropertyName(object) ?? "") && responseKey(object.object as AnyNode) === key && reaches(assignment)) {
      const name = memberPropertyName(target);
      if (name === undefined) collector.unknown = true;
      else collector.add(name);
    }
  };

  visit(unit.scope);
}

// ---------------------------------------------------------------------------------------------
// NestJS: decorators on the handler method.

/** The class method a node belongs to, with its decorators and its function. */
function nestMethod(node: AnyNode, parentOf: ParentOf): { decorators: AnyNode[]; fn: AnyNode } | undefined {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (current.type === "MethodDefinition") return { decorators: (current.decorators as AnyNode[] | undefined) ?? [], fn: current.value as AnyNode };
    if (current.type === "ClassMethod") return { decorators: (current.decorators as AnyNode[] | undefined) ?? [], fn: current };
    if (isFunctionNode(current) && parentOf(current)?.type !== "MethodDefinition") return undefined;
    if (current.type === "ClassBody") return undefined;
  }
  return undefined;
}

function collectFromDecorators(decorators: readonly AnyNode[], collector: HeaderCollector): void {
  for (const decorator of decorators) {
    const expression = unwrap(decorator.expression as AnyNode);
    if (!isCall(expression)) continue;
    const name = calleeName(expression.callee as AnyNode);
    if (name === "Header") collector.fromSetterArguments(expression.arguments as AnyNode[]);
    else if (name === "Redirect") collector.add("location");
  }
}

/** `@Res() res` / `@Response() res`: the handler writes the response itself. */
function nestResponseParameter(fn: AnyNode): string | undefined {
  for (const param of fn.params as AnyNode[]) {
    const target = param.type === "TSParameterProperty" ? (param.parameter as AnyNode) : param;
    const decorators = (param.decorators ?? target.decorators ?? []) as AnyNode[];
    const isResponse = decorators.some((decorator) => {
      const expression = unwrap(decorator.expression as AnyNode);
      return NEST_RESPONSE_PARAMS.has(calleeName((isCall(expression) ? expression.callee : expression) as AnyNode) ?? "");
    });
    const identifier = target.type === "AssignmentPattern" ? (target.left as AnyNode) : target;
    if (isResponse && identifier.type === "Identifier") return identifier.name as string;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/** Is the status value inside an object literal argument (an init/options object) rather than positional? */
function optionsObjectOf(position: StatusPosition, parentOf: ParentOf): AnyNode | undefined {
  const property = parentOf(position.slot);
  if (!property || !isValueProperty(property) || property.value !== position.slot) return undefined;
  const object = parentOf(property);
  return object && isObjectExpression(object) ? object : undefined;
}

function isPseudoHeaderSlot(position: StatusPosition, parentOf: ParentOf): boolean {
  const property = parentOf(position.slot);
  return property !== undefined && (propertyKeyName(property) ?? "").startsWith(":");
}

/** Errors and records about a response (`err.statusCode = 401`, `{ statusCode, message }`) are not responses sent from here. */
function isResponseHost(position: StatusPosition): boolean {
  return position.category !== "error";
}

/** The headers set on the response that carries a located status, within its handler. */
export function responseHeaders(position: StatusPosition, parentOf: ParentOf): HeaderFacts {
  const collector = new HeaderCollector();
  const { host, sink } = position;
  if (!isResponseHost(position)) {
    collector.unknown = true;
    return collector;
  }

  if (sink.kind === "call") {
    for (const name of sink.setsHeaders ?? []) collector.add(name);
    const options = optionsObjectOf(position, parentOf);
    if (options && options !== host) {
      // http2 `respond({ ":status": 401, "www-authenticate": … })`: a pseudo-header key makes the object a header block.
      if (isPseudoHeaderSlot(position, parentOf)) collector.fromHeadersValue(options);
      else collector.fromInitObject(options);
    } else if (typeof sink.headersArg === "number" && (isCall(host) || isNew(host))) {
      collector.fromHeadersArgument(host.arguments as AnyNode[], sink.headersArg);
    }
  } else if (isObjectExpression(host)) {
    collector.fromInitObject(host);
  }

  const unit = responseUnit(position, parentOf);
  for (const link of unit.chain) if (link !== host) collector.fromResponseMethod(link);
  if (unit.key !== undefined) collectFromScope(unit, host, parentOf, collector);

  const method = nestMethod(host, parentOf);
  if (method) {
    collectFromDecorators(method.decorators, collector);
    const responseParameter = parentOf(host)?.type === "Decorator" ? nestResponseParameter(method.fn) : undefined;
    if (responseParameter !== undefined) {
      collectFromScope({ chain: [], key: responseParameter, scope: method.fn }, host, parentOf, collector);
    }
  }
  return collector;
}

/** The first argument of a body-writing call, when it is a body. */
function bodyArgument(call: AnyNode): AnyNode | undefined {
  const method = calleeName(call.callee as AnyNode);
  if (method === undefined || !BODY_METHODS.has(method)) return undefined;
  const body = (call.arguments as AnyNode[])[0];
  return body && !isNothing(body) && body.type !== "SpreadElement" && !isFunctionNode(unwrap(body)) ? body : undefined;
}

function bodyInObject(object: AnyNode): AnyNode | undefined {
  for (const property of object.properties as AnyNode[]) {
    if (isValueProperty(property) && BODY_KEYS.has(propertyKeyName(property) ?? "") && !isNothing(property.value as AnyNode)) {
      return property.value as AnyNode;
    }
  }
  return undefined;
}

function bodyUnderKey(object: AnyNode, key: string): AnyNode | undefined {
  for (const property of object.properties as AnyNode[]) {
    if (isValueProperty(property) && propertyKeyName(property) === key && !isNothing(property.value as AnyNode)) return property.value as AnyNode;
  }
  return undefined;
}

/** Does this statement set the status of the response named `key` again? */
function setsStatusAgain(expression: AnyNode, key: string): boolean {
  if (expression.type === "AssignmentExpression") {
    const target = unwrap(expression.left as AnyNode);
    const property = isMember(target) ? memberPropertyName(target) : undefined;
    return (property === "status" || property === "statusCode") && responseKey(target.object as AnyNode) === key;
  }
  if (!isCall(expression) || !rootedAt(expression, key)) return false;
  return chainInwards(expression).links.some((link) => STATUS_METHODS.has(calleeName(link.callee as AnyNode) ?? ""));
}

function bodyInStatement(expression: AnyNode, key: string): AnyNode | undefined {
  if (expression.type === "AssignmentExpression" && expression.operator === "=") {
    const target = unwrap(expression.left as AnyNode);
    if (isMember(target) && memberPropertyName(target) === "body" && responseKey(target.object as AnyNode) === key) {
      return isNothing(expression.right as AnyNode) ? undefined : (expression.right as AnyNode);
    }
    return undefined;
  }
  if (!isCall(expression) || !rootedAt(expression, key)) return undefined;
  for (const link of chainInwards(expression).links) {
    const body = bodyArgument(link);
    if (body) return body;
  }
  return undefined;
}

/** The statement a status sits in, when that statement is a plain expression statement of a block. */
function statementOf(host: AnyNode, parentOf: ParentOf): AnyNode | undefined {
  for (let current: AnyNode | undefined = host; current; current = parentOf(current)) {
    const parent = parentOf(current);
    if (!parent) return undefined;
    if (parent.type === "ExpressionStatement") return parent;
    const passesThrough =
      parent.type === "AwaitExpression" ||
      parent.type === "ChainExpression" ||
      parent.type === "UnaryExpression" ||
      parent.type === "TSNonNullExpression" ||
      parent.type === "ParenthesizedExpression" ||
      (isMember(parent) && parent.object === current) ||
      (isCall(parent) && parent.callee === current);
    if (!passesThrough) return undefined;
  }
  return undefined;
}

/**
 * Calls that take a status with the body, `c.json(body, 200)` and its Hono kin, by method: the
 * position of that status. Read from the sink catalogue, where those calls are status positions.
 */
const STATUS_WITH_BODY: ReadonlyMap<string, number> = new Map(
  SINKS.flatMap((sink) =>
    sink.kind === "call" && sink.callee.startsWith("$hono.") && sink.bodyArg === 0 && sink.statusArgs?.length === 1
      ? [[sink.callee.slice("$hono.".length), sink.statusArgs[0]!] as const]
      : [],
  ),
);

/** Does the call that writes this body give it a status of its own (`c.json(body, 200)`, `c.json(body, { status })`)? */
function bodyCarriesOwnStatus(body: AnyNode, parentOf: ParentOf): boolean {
  const call = parentOf(body);
  if (!call || !isCall(call)) return false;
  const index = STATUS_WITH_BODY.get(calleeName(call.callee as AnyNode) ?? "");
  const status = index === undefined ? undefined : (call.arguments as AnyNode[])[index];
  if (isNothing(status)) return false;
  const value = unwrap(status!);
  // An init without `status` keeps the status set before; one with a spread may hold a status, and the rule stays silent.
  if (!isObjectExpression(value)) return true;
  return (value.properties as AnyNode[]).some((property) => !isValueProperty(property) || propertyKeyName(property) === "status");
}

/**
 * A body written to the same response by a later straight-line statement of the same block, unless
 * the response's status changes first. What "first" means depends on when the body goes out:
 * - a call sends it at once (`res.json(x)`, `reply.send(x)`, `res.end(x)`, `return c.json(x)`), so
 *   only a status set before that call counts, or one the call carries itself (`c.json(x, 200)`);
 * - an assignment (`ctx.body = x`, Koa) is sent when the handler is done, with the status the
 *   response has then, so a status set later in the block, after the body too, is the one it goes
 *   out with. Code after the handler returns (downstream middleware, `await next()`) is not seen.
 * `writeHead` writes the head at once: no later status changes what a body goes out with.
 */
function bodyInLaterStatements(host: AnyNode, key: string, parentOf: ParentOf): AnyNode | undefined {
  const statement = statementOf(host, parentOf);
  const block = statement && parentOf(statement);
  if (!statement || !block) return undefined;
  const list = (block.type === "SwitchCase" ? block.consequent : block.body) as AnyNode[] | undefined;
  if (!Array.isArray(list)) return undefined;
  const headWritten = isCall(host) && calleeName(host.callee as AnyNode) === "writeHead";
  let assigned: AnyNode | undefined;
  for (let index = list.indexOf(statement) + 1; index < list.length; index++) {
    const next = list[index]!;
    if (next.type === "ReturnStatement" && !isNothing(next.argument as AnyNode | null) && returnIsBody(next.argument as AnyNode, host, key, parentOf)) {
      return assigned ?? (next.argument as AnyNode);
    }
    // A throw replaces the response with the error's; Koa drops an assigned body for it too.
    if (next.type === "ThrowStatement") return undefined;
    const expression =
      next.type === "ExpressionStatement" ? (next.expression as AnyNode) : next.type === "ReturnStatement" ? (next.argument as AnyNode | null) : undefined;
    if (expression) {
      const inner = unwrap(expression.type === "UnaryExpression" && expression.operator === "void" ? (expression.argument as AnyNode) : expression);
      if (!headWritten && setsStatusAgain(inner, key)) return undefined;
      const body = assigned ? undefined : bodyInStatement(inner, key);
      if (body && inner.type === "AssignmentExpression") assigned = body;
      else if (body) return !headWritten && bodyCarriesOwnStatus(body, parentOf) ? undefined : body;
    }
    if (next.type === "ReturnStatement") return assigned;
  }
  return assigned;
}

/** The body sent with a located status on the same response, if any: the node to blame. */
export function responseBody(position: StatusPosition, parentOf: ParentOf): AnyNode | undefined {
  const { host, sink } = position;
  if (!isResponseHost(position)) return undefined;
  if (sink.kind === "call") {
    const options = optionsObjectOf(position, parentOf);
    if (options && options !== host) {
      const inOptions = sink.bodyKey !== undefined ? bodyUnderKey(options, sink.bodyKey) : bodyInObject(options);
      if (inOptions) return inOptions;
    }
    // A reply callback's `[status, body]` tuple holds the body where the reply's arguments do.
    const positional = isCall(host) || isNew(host) ? host.arguments : host.type === "ArrayExpression" ? host.elements : undefined;
    if (sink.bodyArg !== undefined && positional) {
      const body = (positional as (AnyNode | null)[])[sink.bodyArg];
      if (body && !isNothing(body) && body.type !== "SpreadElement") return body;
    }
  } else if (isObjectExpression(host)) {
    const inObject = bodyInObject(host);
    if (inObject) return inObject;
  }

  const unit = responseUnit(position, parentOf);
  for (const link of unit.chain) {
    if (link === host) continue;
    const method = calleeName(link.callee as AnyNode);
    // `h.response(payload).code(204)`: the factory's argument is the body.
    const body = method === "response" ? (link.arguments as AnyNode[])[0] : bodyArgument(link);
    if (body && !isNothing(body)) return body;
  }
  if (unit.key !== undefined) return bodyInLaterStatements(host, unit.key, parentOf);
  return undefined;
}
