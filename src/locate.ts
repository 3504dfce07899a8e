/**
 * "Is this value an HTTP status, and where does it go?" — the one answer every rule and codemod uses.
 *
 * Precision first: a number counts only where its context says HTTP (a known API, an assignment
 * to a response's status, a comparison with a status read, a test assertion or mock). Everything
 * else — timeouts, sizes, ports, object keys, range checks, values inside response bodies — is not.
 */
import {
  type AnyNode,
  type ParentOf,
  calleeName,
  calleeObject,
  calleePath,
  isCall,
  isFunctionNode,
  isMember,
  isNew,
  isObjectExpression,
  isValueProperty,
  isValueWrapper,
  memberPropertyName,
  propertyKeyName,
  staticString,
  terminalName,
  unwrap,
} from "./ast";
import { type CallSink, type Sink, type SinkCategory, SINKS, type UserSink, userSinkToCallSink } from "./sinks";

export interface StatusPosition {
  readonly sink: Sink;
  readonly category: SinkCategory;
  /** The call, `new`, assignment or object literal the status belongs to. */
  readonly host: AnyNode;
  /** The node that sits in the status position: the value itself, or the conditional/fallback around it. */
  readonly slot: AnyNode;
}

interface CompiledCallSink {
  readonly sink: CallSink;
  /** Pattern segments, e.g. ["*", "have", "status"]. */
  readonly segments: readonly string[];
}

/**
 * Call sinks indexed by the callee's last name, most specific pattern first. Immutable once built,
 * shared by every file of a config; `forFile` adds one file's inference without copying the tables.
 */
export interface Catalogue {
  readonly calls: ReadonlyMap<string, readonly CompiledCallSink[]>;
  readonly news: ReadonlyMap<string, readonly CompiledCallSink[]>;
  /** Set only on a file's view of the catalogue: the status positions no list can hold (`src/infer`). */
  readonly inference?: Inference;
  /**
   * Set only on a file's view: the position of each literal already located. Every rule of a lint
   * asks about the same literals (a 304 is located by three of them), and the answer depends on the
   * tree alone, so it is worked out once per file.
   */
  readonly located?: Map<AnyNode, StatusPosition | null>;
}

/**
 * What the inference layer (`src/infer`) knows about one file, asked only where the catalogue and
 * the shapes below found nothing. It is an interface here so the locator needs none of its code.
 */
export interface Inference {
  /** `sendError(res, 404)`, `new ApiError(403)`, `super(405, …)`: what a project's own function, method or class does with this argument. */
  argumentPosition(call: AnyNode, index: number): InferredPosition | undefined;
  /** `new HttpError({ status: 404 })`: what a project's own class does with this key of an option object it is given. */
  argumentKeyPosition(call: AnyNode, index: number, key: string): InferredPosition | undefined;
  /**
   * Whether a bare callee (`fail`, `HttpException`) is the project's own: a function or class it
   * declares, or imports from one of its modules. Then what the callee does is the inference's to
   * say, and a framework's function of the same name in the catalogue does not apply.
   */
  definesCallee(callee: AnyNode): boolean;
  /** `send(app, "/items")`, where the project's `send` returns a response (`app.handle(new Request(…))`, `fetch(…)`). */
  returnsResponse(call: AnyNode): boolean;
  /** `code = 200` among a function's parameters, when that parameter reaches a status position. */
  parameterDefault(pattern: AnyNode): InferredPosition | undefined;
  /** `code` after `const code = res.status`, `codes[0]`: a local (or an element of one) that holds a status read. */
  holdsStatus(expression: AnyNode): boolean;
  /** `upstream` after `const upstream = await fetch(url)`, a `catch` parameter, `results[0]`: a local (or an element of one) that holds a response or an HTTP error. */
  holdsResponse(expression: AnyNode): boolean;
  /** `codes` after `const codes = responses.map((r) => r.status)`: a local that holds a list of status reads. */
  holdsStatusList(identifier: AnyNode): boolean;
  /**
   * `for (const code of [402, 404]) res.status(code)`, `codes.forEach((code) => …)`: where each
   * element of an array literal goes when it is iterated; with a `key`, where each element's `key`
   * goes (`for (const route of routes) expect(res.status).toBe(route.status)`).
   */
  elementPosition(array: AnyNode, key?: string): InferredPosition | undefined;
  /** With type information only: whether `x.status`/`x.statusCode` reads an HTTP status (false: the types prove it does not). */
  typedStatusRead(member: AnyNode, name: string): boolean | undefined;
  /** With type information only: `{ status: 404 }` where the object's contextual type makes the key a status. */
  typedProperty(property: AnyNode, key: string): InferredPosition | undefined;
}

export interface InferredPosition {
  /** The category of the position the argument reaches inside the helper (`res.status(code)` is a response). */
  readonly category: SinkCategory;
  /** Found by the declared types (`src/infer/types.ts`) rather than by reading the helper's code. */
  readonly byType?: boolean;
}

/** One file's view of a catalogue: the same tables, with that file's inference. */
export function forFile(catalogue: Catalogue, inference: Inference): Catalogue {
  return { calls: catalogue.calls, news: catalogue.news, inference, located: new Map() };
}

/** What one look at one file reads: how to climb its tree, the sinks to match, its inference. */
interface Reading {
  readonly parentOf: ParentOf;
  readonly catalogue: Catalogue;
  readonly inference: Inference | undefined;
}

/** A project's own sinks come first (its `*.reply` overrides nock's reading), then longer patterns before shorter ones. */
function precedence(a: CompiledCallSink, b: CompiledCallSink): number {
  const projectFirst = Number(!a.sink.id.startsWith("user.")) - Number(!b.sink.id.startsWith("user."));
  return projectFirst || b.segments.length - a.segments.length;
}

function compile(sinks: readonly CallSink[]): Catalogue {
  const calls = new Map<string, CompiledCallSink[]>();
  const news = new Map<string, CompiledCallSink[]>();
  for (const sink of sinks) {
    const segments = sink.callee.split(".");
    const last = segments[segments.length - 1]!;
    const index = sink.isNew ? news : calls;
    const list = index.get(last) ?? [];
    list.push({ sink, segments });
    index.set(last, list);
  }
  for (const index of [calls, news]) {
    for (const list of index.values()) list.sort(precedence);
  }
  return { calls, news };
}

const BUILTIN_CALL_SINKS = SINKS.filter((sink): sink is CallSink => sink.kind === "call");
export const BUILTIN_CATALOGUE: Catalogue = compile(BUILTIN_CALL_SINKS);

const userCatalogues = new WeakMap<readonly UserSink[], Catalogue>();

/**
 * The built-in catalogue plus a project's own sinks. The settings array is the same object for
 * every file a config lints, so the compiled result is memoised on it (derived, never mutated).
 */
export function catalogueWith(userSinks: readonly UserSink[] | undefined): Catalogue {
  if (!userSinks || userSinks.length === 0) return BUILTIN_CATALOGUE;
  let compiled = userCatalogues.get(userSinks);
  if (!compiled) {
    compiled = compile([...userSinks.map(userSinkToCallSink), ...BUILTIN_CALL_SINKS]);
    userCatalogues.set(userSinks, compiled);
  }
  return compiled;
}

const PATTERN_SINKS: ReadonlyMap<string, Sink> = new Map(SINKS.filter((sink) => sink.kind !== "call").map((sink) => [sink.id, sink]));

function patternSink(id: string): Sink {
  const sink = PATTERN_SINKS.get(id);
  if (!sink) throw new Error(`unknown sink pattern ${id}`);
  return sink;
}

// ---------------------------------------------------------------------------------------------
// Reading names: which objects are HTTP responses, contexts or errors, which reads are statuses.

/** Whole names that denote a response, reply, context or error object. */
const HTTP_OBJECT_NAME = /^(?:res|resp|response|reply|rep|ctx|context|c|h|err|error|e|ex|exception|xhr|r|set|fetch|http|httpResponse|serverResponse|apiResponse|rawResponse)\d*$/i;
/** camelCase names ending in one of those words: `apiRes`, `fetchResponse`, `httpError`. */
const HTTP_OBJECT_SUFFIX = /[a-z0-9_$](?:Response|Res|Resp|Reply|Error|Err|Exception|Ctx|Context)\d*$/;
/** Functions whose result is an HTTP response: `(await fetch(url)).status`, `await page.goto(url)`. */
const HTTP_FUNCTION_NAME = /^(?:fetch|request|inject|goto|waitForResponse|axios|got|ky|superagent|\$fetch|ofetch|useRouteError)$/;
/** HTTP verbs count only on a client (`api.get`, `request(app).get`): `cache.get(key)` is not a request. */
const HTTP_VERB = /^(?:get|post|put|patch|delete|del|head|options|send)$/;
const HTTP_CLIENT_NAME = /^(?:axios|api|client|http|https|got|ky|agent|superagent|request|fetcher|instance|\w*(?:Api|API|Client|Http|Agent))$/;

const ERROR_OBJECT_NAME = /^(?:e|err|error|ex|exception)\d*$|[a-z0-9_$](?:Error|Err|Exception)\d*$/;

function isErrorName(name: string | undefined): boolean {
  return name !== undefined && ERROR_OBJECT_NAME.test(name);
}

function isHttpName(name: string | undefined): boolean {
  return name !== undefined && (HTTP_OBJECT_NAME.test(name) || HTTP_OBJECT_SUFFIX.test(name));
}

/** Does this expression denote an HTTP response, reply, context or error object? */
export function isHttpObject(node: AnyNode, reading?: Reading): boolean {
  const inner = unwrap(node);
  if (isCall(inner) || isNew(inner)) {
    if (isHttpCall(inner)) return true;
    // `(await send(app, "/items")).status`, where the project's `send` returns a response
    return isCall(inner) && reading?.inference?.returnsResponse(inner) === true;
  }
  if (isHttpName(terminalName(inner))) return true;
  if (reading === undefined) return false;
  if (inner.type === "Identifier" && isDeclaredAsHttpResult(inner, reading.parentOf)) return true;
  return reading.inference?.holdsResponse(inner) === true;
}

function isHttpCall(call: AnyNode): boolean {
  const name = calleeName(call.callee as AnyNode) ?? "";
  if (HTTP_FUNCTION_NAME.test(name)) return true;
  // `app.handle(new Request(url))` (Elysia, Hono's and itty's routers): a request handed to an app gets its response back
  const first = call.arguments[0] as AnyNode | undefined;
  if (name === "handle" && isCall(call) && first && isFetchRequest(unwrap(first))) return true;
  if (HTTP_VERB.test(name)) {
    const receiver = calleeObject(call.callee as AnyNode);
    if (receiver) {
      const inner = unwrap(receiver);
      if (isCall(inner)) return true;
      const receiverName = terminalName(inner) ?? "";
      if (HTTP_CLIENT_NAME.test(receiverName) || isHttpName(receiverName)) return true;
    }
  }
  return chainHasHttpName(call);
}

function isFetchRequest(node: AnyNode): boolean {
  return isNew(node) && node.callee.type === "Identifier" && node.callee.name === "Request";
}

const SCOPE_BODIES = new Set(["Program", "BlockStatement", "StaticBlock"]);

/**
 * `const upstream = await fetch(url)`: a variable of any name holds a response when the nearest
 * declaration of that name in an enclosing block initialises it from an HTTP call. Only direct
 * statements of enclosing blocks are read, so the cost stays small and no scope analysis is needed.
 */
function isDeclaredAsHttpResult(identifier: AnyNode, parentOf: ParentOf): boolean {
  const name = identifier.name as string;
  for (let block = parentOf(identifier); block; block = parentOf(block)) {
    if (!SCOPE_BODIES.has(block.type)) continue;
    for (const statement of block.body as AnyNode[]) {
      if (statement.type !== "VariableDeclaration") continue;
      for (const declarator of statement.declarations as AnyNode[]) {
        if (declarator.id?.type !== "Identifier" || declarator.id.name !== name) continue;
        const init = declarator.init ? unwrap(declarator.init as AnyNode) : undefined;
        return init !== undefined && (isCall(init) || isNew(init)) && isHttpCall(init);
      }
    }
  }
  return false;
}

/** A receiver that is itself a call chain (`reply.header(…).code(201)`) is HTTP when any link is. */
function chainHasHttpName(node: AnyNode): boolean {
  let current: AnyNode | undefined = unwrap(node);
  for (let depth = 0; current && depth < 12; depth++) {
    if (isCall(current) || isNew(current)) {
      current = unwrap(current.callee as AnyNode);
    } else if (isMember(current)) {
      if (isHttpName(memberPropertyName(current))) return true;
      current = unwrap(current.object as AnyNode);
    } else {
      return isHttpName(terminalName(current));
    }
  }
  return false;
}

/** Identifiers that hold a status by their name alone. Deliberately closed: `orderStatus` is not HTTP. */
const STATUS_VARIABLE =
  /^(?:status|statusCode|httpStatus|httpStatusCode|httpCode|responseStatus|responseStatusCode|resStatus|expectedStatus|expectedStatusCode|errorStatus|errorStatusCode|defaultStatus|defaultStatusCode|successStatus|statusToSend)$/;

export function isStatusVariableName(name: string): boolean {
  return STATUS_VARIABLE.test(name);
}

/** Getters that return an HTTP status when called on a response or an HTTP error. */
const STATUS_GETTERS = new Set(["getStatus", "getStatusCode"]);

/** Member and key names that are an HTTP status whatever object they hang on (not on a response body). */
const STATUS_MEMBER = new Set(["statusCode", "httpStatus", "httpStatusCode", "status_code", "httpCode"]);

/**
 * Does this expression read an HTTP status? `res.status`, `err.response?.status`, `res.statusCode`,
 * `response.status()` (Playwright), a variable named `status`/`statusCode`.
 */
export function isStatusRead(node: AnyNode, reading?: Reading): boolean {
  const inner = unwrap(node);
  if (inner.type === "Identifier") return isStatusVariableName(inner.name as string) || reading?.inference?.holdsStatus(inner) === true;
  if (isMember(inner)) {
    const name = memberPropertyName(inner);
    if (name === undefined) return isMockedStatusArgument(inner, reading) || reading?.inference?.holdsStatus(inner) === true;
    if (name === "status" || name === "statusCode") {
      // The types have the first word where there are any: they can add a read or prove one is none.
      const typed = reading?.inference?.typedStatusRead(inner, name);
      if (typed !== undefined) return typed;
    }
    if (STATUS_MEMBER.has(name)) return true;
    return name === "status" && isHttpObject(inner.object as AnyNode, reading);
  }
  if (isCall(inner)) {
    const callee = unwrap(inner.callee as AnyNode);
    if (callee.type === "Identifier") {
      // `parseInt(xhr.status, 10) === 302`: a status read as a number is still one
      if (NUMBER_CONVERSIONS.has(callee.name as string)) return inner.arguments.length > 0 && isStatusRead(inner.arguments[0] as AnyNode, reading);
      // h3's `getResponseStatus(event)`
      return callee.name === "getResponseStatus";
    }
    if (!isMember(callee) || inner.arguments.length > 0) return false;
    const method = memberPropertyName(callee);
    // Playwright's `response.status()`; NestJS's `exception.getStatus()`
    return method === "status" || (STATUS_GETTERS.has(method ?? "") && isHttpObject(callee.object as AnyNode, reading));
  }
  if (inner.type === "LogicalExpression") return isStatusRead(inner.left as AnyNode, reading) || isStatusRead(inner.right as AnyNode, reading);
  return false;
}

const NUMBER_CONVERSIONS = new Set(["parseInt", "Number"]);

/**
 * `res.body.status` asserted in a test of one's own API: the body echoes the status the API
 * answered with (RFC 9457 problem details). Only as what a test asserts: code that reads another
 * service's body (`res.data.status === 200`) may be reading a field of its own.
 */
function isEchoedStatus(node: AnyNode, reading: Reading): boolean {
  const inner = unwrap(node);
  if (!isMember(inner) || memberPropertyName(inner) !== "status") return false;
  const body = unwrap(inner.object as AnyNode);
  return isMember(body) && memberPropertyName(body) === "body" && isHttpObject(body.object as AnyNode, reading);
}

function isAssertedStatus(node: AnyNode, reading: Reading): boolean {
  return isStatusRead(node, reading) || isEchoedStatus(node, reading);
}

/** Methods that set a response's status from their first argument, when mocked in a test. */
const MOCKED_STATUS_SETTERS = new Set(["status", "sendStatus", "code", "writeHead"]);

/**
 * The status a mocked setter was called with: `res.status.mock.calls[0][0]` and
 * `res.status.mock.lastCall[0]` (Jest, Vitest), `res.status.mock.calls[0].arguments[0]` (node:test).
 */
function isMockedStatusArgument(member: AnyNode, reading: Reading | undefined): boolean {
  if (!member.computed || (member.property as AnyNode).value !== 0) return false;
  let calls = unwrap(member.object as AnyNode);
  if (isMember(calls) && memberPropertyName(calls) === "arguments") calls = unwrap(calls.object as AnyNode);
  if (isMember(calls) && calls.computed) calls = unwrap(calls.object as AnyNode);
  else if (!isMember(calls) || memberPropertyName(calls) !== "lastCall") return false;
  if (!isMember(calls) || (memberPropertyName(calls) !== "calls" && memberPropertyName(calls) !== "lastCall")) return false;
  const mock = unwrap(calls.object as AnyNode);
  if (!isMember(mock) || memberPropertyName(mock) !== "mock") return false;
  const setter = unwrap(mock.object as AnyNode);
  return isMember(setter) && MOCKED_STATUS_SETTERS.has(memberPropertyName(setter) ?? "") && isHttpObject(setter.object as AnyNode, reading);
}

// ---------------------------------------------------------------------------------------------
// Matching calls against the catalogue.

const HONO_CONTEXT = /^(?:c|ctx|context)$/;

function patternMatches(segments: readonly string[], call: AnyNode, reading: Reading): boolean {
  const callee = call.callee as AnyNode;
  const first = segments[0]!;
  if (segments.length === 1) return unwrap(callee).type === "Identifier";
  const receiver = calleeObject(callee);
  if (!receiver) return false;
  if (first === "~") return isHttpObject(receiver, reading);
  if (first === "$hono") return HONO_CONTEXT.test(terminalName(receiver) ?? "");
  const path = calleePath(callee);
  if (first === "*") {
    if (path.length < segments.length) return false;
    for (let i = 1; i < segments.length; i++) {
      if (path[path.length - segments.length + i] !== segments[i]) return false;
    }
    return true;
  }
  if (path.length !== segments.length) return false;
  return segments.every((segment, i) => path[i] === segment);
}

function findCallSink(call: AnyNode, reading: Reading, accept: (sink: CallSink) => boolean): CallSink | undefined {
  const name = calleeName(call.callee as AnyNode);
  if (name === undefined) return undefined;
  const candidates = (isNew(call) ? reading.catalogue.news : reading.catalogue.calls).get(name);
  if (!candidates) return undefined;
  let ownCallee: boolean | undefined;
  for (const candidate of candidates) {
    if (!accept(candidate.sink) || !patternMatches(candidate.segments, call, reading) || !isBoundAsSink(candidate.sink, call, reading.parentOf)) continue;
    if (candidate.segments.length === 1 && candidate.sink.boundFrom === undefined && !candidate.sink.id.startsWith("user.")) {
      ownCallee ??= reading.inference?.definesCallee(unwrap(call.callee as AnyNode)) ?? false;
      if (ownCallee) continue;
    }
    return candidate.sink;
  }
  return undefined;
}

/**
 * A bare `status(404)` is Elysia's only where `status` comes from Elysia: destructured from the
 * context a route or hook callback receives (`({ status }) => status(418)`), or imported from the
 * module. The nearest binding of the name decides, so a local `function status(…)`, a plain
 * parameter or a renamed destructuring (`{ status: s }`) keeps it silent. Cost: only bare calls of
 * such a name with a literal argument get here, and the walk reads parameters and the direct
 * statements of enclosing blocks, no scope analysis.
 */
function isBoundAsSink(sink: CallSink, call: AnyNode, parentOf: ParentOf): boolean {
  if (sink.boundFrom === undefined) return true;
  const callee = unwrap(call.callee as AnyNode);
  if (callee.type !== "Identifier") return false;
  const name = callee.name as string;
  for (let node = parentOf(call); node; node = parentOf(node)) {
    if (isFunctionNode(node)) {
      for (const param of node.params as AnyNode[]) {
        const binding = patternBinding(param, name);
        if (binding !== undefined) return binding && isCallbackArgument(node, parentOf);
      }
    } else if (SCOPE_BODIES.has(node.type)) {
      const binding = blockBinding(node, name, sink.boundFrom);
      if (binding !== undefined) return binding;
    }
  }
  return false;
}

/** true: the pattern destructures the context key itself (`{ status }`); false: it binds the name some other way; undefined: not at all. */
function patternBinding(raw: AnyNode | null | undefined, name: string): boolean | undefined {
  const pattern = raw?.type === "AssignmentPattern" ? (raw.left as AnyNode) : raw;
  if (pattern?.type === "Identifier") return pattern.name === name ? false : undefined;
  if (pattern?.type !== "ObjectPattern") return undefined;
  for (const property of pattern.properties as AnyNode[]) {
    if (property.type === "RestElement") continue;
    const value = property.value?.type === "AssignmentPattern" ? (property.value.left as AnyNode) : (property.value as AnyNode | undefined);
    if (value?.type === "Identifier" && value.name === name) return propertyKeyName(property) === name;
  }
  return undefined;
}

/** true: imported under its own name from one of `modules`; false: declared here some other way; undefined: not declared here. */
function blockBinding(block: AnyNode, name: string, modules: readonly string[]): boolean | undefined {
  for (const statement of block.body as AnyNode[]) {
    if (statement.type === "ImportDeclaration") {
      for (const specifier of statement.specifiers as AnyNode[]) {
        if (specifier.local?.name !== name) continue;
        const imported = specifier.type === "ImportSpecifier" ? (specifier.imported?.name ?? staticString(specifier.imported)) : undefined;
        return imported === name && modules.includes(staticString(statement.source) ?? "");
      }
    } else if (statement.type === "VariableDeclaration") {
      // `const { status } = ctx` rebinds the name locally; only a handler's own parameter is the context.
      for (const declarator of statement.declarations as AnyNode[]) {
        if (patternBinding(declarator.id as AnyNode, name) !== undefined) return false;
      }
    } else if ((statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") && statement.id?.name === name) {
      return false;
    }
  }
  return undefined;
}

/** A route or hook callback: an argument of a call, directly or as a member of an options object (`{ beforeHandle({ status }) {…} }`). */
function isCallbackArgument(fn: AnyNode, parentOf: ParentOf): boolean {
  let { node, parent } = climbWrappers(fn, parentOf);
  if (parent && (parent.type === "Property" || parent.type === "ObjectProperty") && parent.value === node) {
    node = parentOf(parent)!;
    parent = parentOf(node);
  } else if (fn.type === "ObjectMethod" && parent && isObjectExpression(parent)) {
    node = parent;
    parent = parentOf(node);
  }
  return parent !== undefined && (isCall(parent) || isNew(parent)) && argumentIndex(parent, node) >= 0;
}

// ---------------------------------------------------------------------------------------------
// Test assertions recognised by shape.

const EQUALITY_MATCHERS = new Set(["toBe", "toEqual", "toStrictEqual"]);
const CHAI_EQUALITY = new Set(["equal", "equals", "eq", "eql", "eqls", "deep.equal"]);
const ASSERT_EQUALITY = new Set([
  "equal",
  "strictEqual",
  "deepEqual",
  "deepStrictEqual",
  "notEqual",
  "notStrictEqual",
  "is",
  "not",
  "same",
  "strictSame",
  "strictEquals",
  "equals",
  "isEqual",
]);
const CHAIN_LINKS = new Set(["not", "resolves", "rejects", "to", "be", "been", "is", "that", "which", "and", "has", "have", "with", "at", "of", "same", "but", "does", "still", "deep", "should"]);

/** The `x` of `expect(x)` (or `chai.expect(x)`) at the base of a matcher chain, or the object before `.should`. */
function assertionSubject(callee: AnyNode): AnyNode | undefined {
  let current = unwrap(callee);
  if (!isMember(current)) return undefined;
  current = unwrap(current.object as AnyNode);
  for (let depth = 0; depth < 8; depth++) {
    if (isCall(current)) {
      const name = calleeName(current.callee as AnyNode);
      // `expect`, and the aliases a file gives it to run two libraries side by side (`chaiExpect`).
      return name !== undefined && /^expect$|Expect$/.test(name) ? (current.arguments[0] as AnyNode | undefined) : undefined;
    }
    if (!isMember(current)) return undefined;
    const link = memberPropertyName(current);
    if (link === "should") return current.object as AnyNode;
    if (link === undefined || !CHAIN_LINKS.has(link)) return undefined;
    current = unwrap(current.object as AnyNode);
  }
  return undefined;
}

/** `….have.property`: is the link before the callee's method `link`? */
function isChainedOn(callee: AnyNode, link: string): boolean {
  if (!isMember(callee)) return false;
  const before = unwrap(callee.object as AnyNode);
  return isMember(before) && memberPropertyName(before) === link;
}

/** Mock matchers and the argument position of the expected first call argument. */
const CALLED_WITH_MATCHERS: ReadonlyMap<string, number> = new Map([
  ["toHaveBeenCalledWith", 0],
  ["toBeCalledWith", 0],
  ["toHaveBeenLastCalledWith", 0],
  ["lastCalledWith", 0],
  ["toHaveBeenNthCalledWith", 1],
  ["nthCalledWith", 1],
]);
/** Response methods whose first argument is the status: mocked in unit tests (`res.status = jest.fn()`), chained in handlers. */
export const STATUS_METHODS: ReadonlySet<string> = new Set(["status", "sendStatus", "code", "writeHead"]);

const CYPRESS_STATUS_PATHS = new Set(["status", "statusCode", "response.statusCode", "response.status"]);

function isAssertion(call: AnyNode, argIndex: number, reading: Reading): boolean {
  const callee = unwrap(call.callee as AnyNode);
  const name = calleeName(callee);
  if (name === undefined) return false;
  const args = call.arguments as AnyNode[];

  if (EQUALITY_MATCHERS.has(name) || CHAI_EQUALITY.has(name)) {
    const subject = assertionSubject(callee);
    if (subject && argIndex === 0 && isAssertedStatus(subject, reading)) return true;
  }
  // `expect(res.status).toHaveBeenCalledWith(404)` on a mocked response: the status the code under test set.
  const calledWithIndex = CALLED_WITH_MATCHERS.get(name);
  if (calledWithIndex !== undefined && argIndex === calledWithIndex) {
    const subject = assertionSubject(callee);
    const mocked = subject ? unwrap(subject) : undefined;
    if (mocked && isMember(mocked) && STATUS_METHODS.has(memberPropertyName(mocked) ?? "") && isHttpObject(mocked.object as AnyNode, reading)) return true;
  }
  // Jest's `toHaveProperty("status", 404)`; chai's `expect(res).to.have.property("status", 404)`, `res.should.have.property(…)`
  if ((name === "toHaveProperty" || (name === "property" && isChainedOn(callee, "have"))) && argIndex === 1) {
    const key = staticString(args[0]);
    return key === "status" || key === "statusCode";
  }
  if (ASSERT_EQUALITY.has(name) && argIndex <= 1 && args.length >= 2) {
    const other = args[argIndex === 0 ? 1 : 0];
    if (other && isAssertedStatus(other, reading)) return true;
  }
  if (name === "should" && isMember(callee)) {
    const assertion = staticString(args[0]);
    const its = unwrap(callee.object as AnyNode);
    const readsStatus =
      isCall(its) && calleeName(its.callee as AnyNode) === "its" && CYPRESS_STATUS_PATHS.has(staticString(its.arguments[0]) ?? "");
    if (readsStatus && argIndex === 1 && assertion !== undefined && CHAI_EQUALITY.has(assertion)) return true;
    if (assertion === "have.property" && argIndex === 2) {
      const key = staticString(args[1]);
      return key === "status" || key === "statusCode";
    }
  }
  return false;
}

/** `expect(res).toMatchObject({ status: 200 })` and friends. */
const OBJECT_MATCHERS = new Set(["toMatchObject", "toEqual", "toStrictEqual", "objectContaining", "include", "deep.include", "containSubset"]);

// ---------------------------------------------------------------------------------------------
// Object literals: options of known APIs, response-shaped objects, bodies.

/** Keys a response-shaped object has next to `status`/`statusCode` (Lambda, Azure, ts-rest, mocks, a service's `{ response, status }` result). */
const RESPONSE_SHAPE_KEYS = new Set([
  "body",
  "response",
  "headers",
  "statusText",
  "statusMessage",
  "jsonBody",
  "multiValueHeaders",
  "isBase64Encoded",
  "statusDescription",
  "cookies",
]);
/** An object passed here is the body a client receives, so its numbers are data, not this response's status. */
const BODY_CALLS = new Set(["json", "send", "end", "write", "stringify", "jsonp", "render", "text", "html", "body", "log", "info", "warn", "debug", "trace", "fatal"]);
const BODY_KEYS = new Set(["body", "data", "json", "jsonBody", "payload", "error", "errors", "details", "meta", "extensions", "content", "result"]);
// Any camelCase `…StatusCodes` (ky's `afterStatusCodes`, `retryableStatusCodes`): the word only names HTTP statuses.
const STATUS_LIST_KEY = /^(?:\w*StatusCodes|statusCodes|statuses|retryStatusCodes|retryOnStatus|retryOn|retryCodes|httpStatuses|statusCodesToRetry|successStatusCodes|allowedStatusCodes|expectedStatusCodes|statusCodeList)$/;
const MOCK_RESOLVERS = new Set(["mockResolvedValue", "mockResolvedValueOnce", "mockReturnValue", "mockReturnValueOnce", "mockRejectedValue", "mockRejectedValueOnce"]);
/** sinon stubs: generic enough (`stub.returns({ status: 200 })` may be any record) that the object must look like a response. */
const SHAPED_MOCK_RESOLVERS = new Set(["resolves", "rejects", "returns", "throws"]);
/** Keys of a client's response (axios, fetch, superagent) besides its status. */
const MOCKED_RESPONSE_KEYS = new Set(["data", "body", "headers", "statusText", "ok", "json", "text", "config", "request"]);

function climbWrappers(node: AnyNode, parentOf: ParentOf): { node: AnyNode; parent: AnyNode | undefined } {
  let current = node;
  let parent = parentOf(current);
  while (parent && isValueWrapper(parent)) {
    current = parent;
    parent = parentOf(current);
  }
  return { node: current, parent };
}

/** The argument's position, or -1 when a spread before it makes the position unknowable (`c.json(...args, 404)`). */
function argumentIndex(call: AnyNode, node: AnyNode): number {
  const args = call.arguments as AnyNode[];
  const index = args.indexOf(node);
  for (let i = 0; i < index; i++) if (args[i]?.type === "SpreadElement") return -1;
  return index;
}

/** Is this object literal a payload (body, log record, error detail) rather than a response description? */
function isBodyPosition(object: AnyNode, parent: AnyNode | undefined, parentOf: ParentOf): boolean {
  if (!parent) return false;
  if ((isCall(parent) || isNew(parent)) && argumentIndex(parent, object) >= 0) {
    const name = calleeName(parent.callee as AnyNode) ?? "";
    if (BODY_CALLS.has(name)) return true;
    if (isNew(parent) && /(?:Exception|Error)$/.test(name)) return true;
    return false;
  }
  if (isValueProperty(parent) && parent.value === object) {
    const key = propertyKeyName(parent);
    return key !== undefined && BODY_KEYS.has(key);
  }
  if (parent.type === "AssignmentExpression" && parent.right === object && isMember(parent.left)) {
    return memberPropertyName(parent.left as AnyNode) === "body";
  }
  if (parent.type === "ArrayExpression") {
    const { parent: arrayParent } = climbWrappers(parent, parentOf);
    return arrayParent !== undefined && isValueProperty(arrayParent) && BODY_KEYS.has(propertyKeyName(arrayParent) ?? "");
  }
  return false;
}

/** Mock set-ups whose callback stands in for the mocked function: what it returns is the mock's result. */
const MOCK_IMPLEMENTATIONS = new Set(["mockImplementation", "mockImplementationOnce", "callsFake"]);

/** The function an object literal is returned from: an arrow's expression body, or a `return` of the function's own body. */
function returningFunction(object: AnyNode, parent: AnyNode | undefined, parentOf: ParentOf): AnyNode | undefined {
  if (parent?.type === "ArrowFunctionExpression" && parent.body === object) return parent;
  if (parent?.type !== "ReturnStatement") return undefined;
  for (let current = parentOf(parent); current; current = parentOf(current)) if (isFunctionNode(current)) return current;
  return undefined;
}

function hasMockedResponseShape(object: AnyNode): boolean {
  for (const property of object.properties as AnyNode[]) {
    if (isValueProperty(property) && MOCKED_RESPONSE_KEYS.has(propertyKeyName(property) ?? "")) return true;
  }
  return false;
}

/** `Object.assign(err, { status: 418 })`: the target is an error by its name or its construction; `Object.assign(config, …)` is not. */
function isAssignToError(call: AnyNode, name: string): boolean {
  const receiver = calleeObject(call.callee as AnyNode);
  if (name !== "assign" || !receiver || unwrap(receiver).type !== "Identifier" || unwrap(receiver).name !== "Object") return false;
  const target = (call.arguments as AnyNode[])[0];
  if (!target) return false;
  const inner = unwrap(target);
  if (isNew(inner) || isCall(inner)) return /(?:Error|Exception)$/.test(calleeName(inner.callee as AnyNode) ?? "");
  return isErrorName(terminalName(inner));
}

/** `nock.define([{ path, status: 404, response }])`: each definition of the list is an options object. */
function locateInOptionsList(key: string, array: AnyNode, slot: AnyNode, reading: Reading): StatusPosition | undefined {
  const { node, parent } = climbWrappers(array, reading.parentOf);
  if (!parent || !isCall(parent)) return undefined;
  const index = argumentIndex(parent, node);
  if (index < 0) return undefined;
  const sink = findCallSink(parent, reading, (candidate) => candidate.optionsListArg === index && candidate.optionKeys?.includes(key) === true);
  return sink ? { sink, category: sink.category, host: parent, slot } : undefined;
}

/** The axios error shape a mock rejects with: `mockRejectedValue({ response: { status: 404, data } })`. */
function locateInMockedError(object: AnyNode, parent: AnyNode | undefined, slot: AnyNode, parentOf: ParentOf): StatusPosition | undefined {
  if (!parent || !isValueProperty(parent) || parent.value !== object || propertyKeyName(parent) !== "response") return undefined;
  const outer = parentOf(parent);
  if (!outer || !isObjectExpression(outer)) return undefined;
  const { node, parent: call } = climbWrappers(outer, parentOf);
  if (!call || !isCall(call) || argumentIndex(call, node) !== 0) return undefined;
  const name = calleeName(call.callee as AnyNode) ?? "";
  if (MOCK_RESOLVERS.has(name)) return { sink: patternSink("jest.mockResolvedValue"), category: "mock", host: call, slot };
  if (SHAPED_MOCK_RESOLVERS.has(name)) return { sink: patternSink("sinon.resolves"), category: "mock", host: call, slot };
  return undefined;
}

function hasResponseShape(object: AnyNode): boolean {
  for (const property of object.properties as AnyNode[]) {
    if (isValueProperty(property) && RESPONSE_SHAPE_KEYS.has(propertyKeyName(property) ?? "")) return true;
  }
  return false;
}

/**
 * An object literal that describes a response: a status under a key that only names one
 * (`statusCode`), or `status` beside a response's other parts (`{ response, status: 401 }`). What
 * such an object is returned or assigned to is then read like a response.
 */
export function describesResponse(object: AnyNode): boolean {
  for (const property of object.properties as AnyNode[]) {
    if (!isValueProperty(property)) continue;
    const key = propertyKeyName(property) ?? "";
    if (STATUS_MEMBER.has(key) || (key === "status" && hasResponseShape(object))) return staticString(property.value as AnyNode) === undefined;
  }
  return false;
}

function locateInObject(property: AnyNode, slot: AnyNode, reading: Reading): StatusPosition | undefined {
  const { parentOf } = reading;
  const key = propertyKeyName(property);
  if (key === undefined) return undefined;
  const objectNode = parentOf(property);
  if (!objectNode || !isObjectExpression(objectNode)) return undefined;
  const { node: object, parent } = climbWrappers(objectNode, parentOf);

  if (parent && (isCall(parent) || isNew(parent))) {
    const index = argumentIndex(parent, object);
    if (index >= 0) {
      const sink = findCallSink(parent, reading, (candidate) =>
          candidate.optionKeys !== undefined &&
          candidate.optionKeys.includes(key) &&
          (candidate.optionsArg === index || candidate.optionsArg === -1),
      );
      if (sink) return { sink, category: sink.category, host: parent, slot };
      const keyed = reading.inference?.argumentKeyPosition(parent, index, key);
      if (keyed) return { sink: patternSink("helper"), category: keyed.category, host: parent, slot };
      const name = calleeName(parent.callee as AnyNode) ?? "";
      if ((key === "status" || key === "statusCode") && index === 0) {
        if (OBJECT_MATCHERS.has(name)) {
          const subject = assertionSubject(parent.callee as AnyNode);
          if (key === "statusCode" || (subject !== undefined && isHttpObject(subject, reading))) {
            return { sink: patternSink("jest.expect"), category: "assertion", host: parent, slot };
          }
        }
        if (MOCK_RESOLVERS.has(name)) return { sink: patternSink("jest.mockResolvedValue"), category: "mock", host: parent, slot };
        if (SHAPED_MOCK_RESOLVERS.has(name) && hasMockedResponseShape(objectNode)) return { sink: patternSink("sinon.resolves"), category: "mock", host: parent, slot };
      }
      if (key === "status" && index > 0 && isAssignToError(parent, name)) return { sink: patternSink("error.assign"), category: "error", host: parent, slot };
    }
  }
  if (parent?.type === "ArrayExpression") {
    const listed = locateInOptionsList(key, parent, slot, reading);
    if (listed) return listed;
  }
  if (key === "status" || key === "statusCode") {
    const mocked = locateInMockedError(object, parent, slot, parentOf);
    if (mocked) return mocked;
    // `fetch = jest.fn().mockImplementation(async () => ({ ok: false, status: 503 }))`
    const implementation = returningFunction(object, parent, parentOf);
    const mockCall = implementation ? parentOf(implementation) : undefined;
    if (
      mockCall &&
      isCall(mockCall) &&
      mockCall.arguments[0] === implementation &&
      MOCK_IMPLEMENTATIONS.has(calleeName(mockCall.callee as AnyNode) ?? "") &&
      hasMockedResponseShape(objectNode)
    ) {
      return { sink: patternSink("jest.mockResolvedValue"), category: "mock", host: mockCall, slot };
    }
  }

  if (isBodyPosition(object, parent, parentOf)) return undefined;
  // Keys first: a big table of numbers (`{ OK: 200, … }`) must not have its keys scanned once per value.
  if ((key === "status" || STATUS_MEMBER.has(key)) && hasResponseShape(objectNode)) {
    return { sink: patternSink("lambda.result"), category: "response", host: object, slot };
  }
  // `{ statusCode: 404, message }` is an error or a record about a response, not a response sent from here.
  if (STATUS_MEMBER.has(key)) return { sink: patternSink("error-class"), category: "error", host: object, slot };
  // A row of a table that is iterated and whose `key` goes to a status: `[{ url: "/x", status: 404 }]`.
  if (parent?.type === "ArrayExpression") {
    const column = reading.inference?.elementPosition(parent, key);
    if (column) return { sink: patternSink("helper"), category: column.category, host: object, slot };
  }
  const typed = reading.inference?.typedProperty(property, key);
  return typed ? { sink: patternSink("typed"), category: typed.category, host: object, slot } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The entry point.

const EQUALITY_OPERATORS = new Set(["===", "!==", "==", "!="]);

/**
 * Is `value` (a numeric literal, or a constant like `StatusCodes.NOT_FOUND`) in an HTTP status position?
 * Climbs through `as`/`satisfies`/parentheses, the branches of a conditional and `||`/`??` fallbacks.
 */
export function locateStatus(value: AnyNode, parentOf: ParentOf, catalogue: Catalogue = BUILTIN_CATALOGUE): StatusPosition | undefined {
  const located = value.type === "Literal" ? catalogue.located : undefined;
  if (!located) return findPosition(value, parentOf, catalogue);
  let position = located.get(value);
  if (position === undefined) {
    position = findPosition(value, parentOf, catalogue) ?? null;
    located.set(value, position);
  }
  return position ?? undefined;
}

function findPosition(value: AnyNode, parentOf: ParentOf, catalogue: Catalogue): StatusPosition | undefined {
  const reading: Reading = { parentOf, catalogue, inference: catalogue.inference };
  let slot = value;
  let parent = parentOf(slot);
  let fallbackOf: AnyNode | undefined;
  while (parent) {
    if (isValueWrapper(parent)) {
      // climb
    } else if (parent.type === "ConditionalExpression" && parent.test !== slot) {
      // `res.status(found ? 200 : 404)`
    } else if (parent.type === "LogicalExpression" && (parent.operator === "||" || parent.operator === "??")) {
      if (parent.right === slot && isStatusRead(parent.left as AnyNode, reading)) fallbackOf ??= parent;
    } else {
      break;
    }
    slot = parent;
    parent = parentOf(slot);
  }
  const direct = parent ? classify(slot, parent, reading) : undefined;
  if (direct) return direct;
  if (fallbackOf) return { sink: patternSink("fallback"), category: "response", host: fallbackOf, slot };
  return undefined;
}

function classify(slot: AnyNode, parent: AnyNode, reading: Reading): StatusPosition | undefined {
  const { parentOf } = reading;
  switch (parent.type) {
    case "CallExpression":
    case "OptionalCallExpression":
    case "NewExpression": {
      const index = argumentIndex(parent, slot);
      if (index < 0) return undefined;
      if (parent.callee.type === "Super") return locateInSuperCall(parent, index, slot, reading);
      const sink = findCallSink(parent, reading, (candidate) => candidate.statusArgs?.includes(index) === true);
      if (sink) return { sink, category: sink.category, host: parent, slot };
      if (!isNew(parent) && isAssertion(parent, index, reading)) {
        return { sink: patternSink(assertionKind(parent)), category: "assertion", host: parent, slot };
      }
      return inferredArgument(parent, index, slot, reading);
    }
    case "Property":
    case "ObjectProperty":
      return parent.value === slot && isValueProperty(parent) ? locateInObject(parent, slot, reading) : undefined;
    case "AssignmentExpression": {
      if (parent.right !== slot || parent.operator !== "=") return undefined;
      const target = unwrap(parent.left as AnyNode);
      if (target.type === "Identifier") {
        return isStatusVariableName(target.name as string)
          ? { sink: patternSink("status-variable"), category: "response", host: parent, slot }
          : undefined;
      }
      if (!isMember(target)) return undefined;
      const property = memberPropertyName(target);
      for (const sink of SINKS) {
        if (sink.kind !== "assign" || sink.property !== property) continue;
        if (sink.receiver !== "*" && !isHttpObject(target.object as AnyNode, reading)) continue;
        // `err.statusCode = 401; throw err` decorates an error that a framework turns into a response elsewhere.
        const category = isErrorName(terminalName(target.object as AnyNode)) ? "error" : sink.category;
        return { sink, category, host: parent, slot };
      }
      // `this.status = 404` in the constructor of a custom error class; `this.errorCode = code` in an `HttpError`.
      if (property !== undefined && unwrap(target.object as AnyNode).type === "ThisExpression" && isErrorClassField(property, enclosingClass(parent, parentOf))) {
        return { sink: patternSink("error-class"), category: "error", host: parent, slot };
      }
      // `err.httpStatus = 409`, `context.httpCode = 200`: the name says HTTP status on any object.
      if (property !== undefined && STATUS_MEMBER.has(property)) {
        return isErrorName(terminalName(target.object as AnyNode))
          ? { sink: patternSink("error-class"), category: "error", host: parent, slot }
          : { sink: patternSink("status-variable"), category: "response", host: parent, slot };
      }
      return undefined;
    }
    case "PropertyDefinition":
    case "ClassProperty": {
      // `class NotFoundError extends Error { status = 404 }`
      if (parent.value !== slot || parent.static) return undefined;
      const key = propertyKeyName(parent);
      const errorField = key === "status" && isErrorClass(enclosingClass(parent, parentOf));
      return key !== undefined && (STATUS_MEMBER.has(key) || errorField)
        ? { sink: patternSink("error-class"), category: "error", host: parent, slot }
        : undefined;
    }
    case "VariableDeclarator":
    case "AssignmentPattern": {
      const target = parent.type === "VariableDeclarator" ? parent.id : parent.left;
      const initial = parent.type === "VariableDeclarator" ? parent.init : parent.right;
      if (initial !== slot || target?.type !== "Identifier") return undefined;
      if (isStatusVariableName(target.name as string)) return { sink: patternSink("status-variable"), category: "response", host: parent, slot };
      // `function reply(res, body, code = 200) { res.status(code) … }`
      const inferred = parent.type === "AssignmentPattern" ? reading.inference?.parameterDefault(parent) : undefined;
      return inferred ? { sink: patternSink("helper"), category: inferred.category, host: parent, slot } : undefined;
    }
    case "BinaryExpression": {
      if (!EQUALITY_OPERATORS.has(parent.operator as string)) return undefined;
      const other = (parent.left === slot ? parent.right : parent.left) as AnyNode;
      return isStatusRead(other, reading) ? { sink: patternSink("compare"), category: "comparison", host: parent, slot } : undefined;
    }
    case "SwitchCase": {
      if (parent.test !== slot) return undefined;
      const switchNode = parentOf(parent);
      return switchNode && isStatusRead(switchNode.discriminant as AnyNode, reading)
        ? { sink: patternSink("compare"), category: "comparison", host: switchNode, slot }
        : undefined;
    }
    case "ArrayExpression":
      return locateInArray(parent, slot, reading);
    case "ReturnStatement":
    case "ArrowFunctionExpression": {
      // `function getStatusCode() { return healthy ? 200 : 503 }`: the function's name says what it returns.
      if (parent.type === "ArrowFunctionExpression" && parent.body !== slot) return undefined;
      const fn = parent.type === "ReturnStatement" ? enclosingFunction(parent, parentOf) : parent;
      const name = fn ? functionName(fn, parentOf) : undefined;
      return name !== undefined && STATUS_FUNCTION.test(name) ? { sink: patternSink("status-variable"), category: "response", host: parent, slot } : undefined;
    }
    default:
      return undefined;
  }
}

/** Functions named for the status they compute: `getStatusCode`, `httpStatusFor`, `toHttpStatus`. Plain `getStatus` is left out (orders and jobs have one). */
const STATUS_FUNCTION = /^(?:get|compute|resolve|to|pick|choose|derive|map)?(?:Http|Response|Error)?(?:StatusCode|HttpStatus|httpStatus|statusCode)(?:For|From|Of)?$/;

function enclosingFunction(node: AnyNode, parentOf: ParentOf): AnyNode | undefined {
  let current = parentOf(node);
  while (current && !isFunctionNode(current)) current = parentOf(current);
  return current;
}

/** The name a function goes by: its own, the variable it initialises, or its method key. */
function functionName(fn: AnyNode, parentOf: ParentOf): string | undefined {
  if (fn.id?.type === "Identifier") return fn.id.name as string;
  if (fn.key) return propertyKeyName(fn);
  const parent = parentOf(fn);
  if (parent?.type === "VariableDeclarator" && parent.id?.type === "Identifier") return parent.id.name as string;
  if (parent && (parent.type === "MethodDefinition" || parent.type === "Property" || parent.type === "PropertyDefinition")) return propertyKeyName(parent);
  return undefined;
}

const CLASS_NODES = new Set(["ClassDeclaration", "ClassExpression"]);

function enclosingClass(node: AnyNode, parentOf: ParentOf): AnyNode | undefined {
  let current = parentOf(node);
  while (current && !CLASS_NODES.has(current.type)) current = parentOf(current);
  return current;
}

/** Error classes whose own name says HTTP: there a `code` field is the status (`class HttpError { errorCode: number }`). */
const HTTP_ERROR_CLASS = /^(?:Http|HTTP|Api|API)\w*(?:Error|Exception)$/;
const CODE_FIELD = /^(?:code|errorCode|httpCode|statusCode)$/;

function isErrorClassField(property: string, classNode: AnyNode | undefined): boolean {
  if (property === "status") return isErrorClass(classNode);
  return CODE_FIELD.test(property) && HTTP_ERROR_CLASS.test((classNode?.id?.name as string | undefined) ?? "");
}

/** A class named as an error, or extending one: `class NotFound extends HttpError`, `class ApiError extends Error`. */
export function isErrorClass(classNode: AnyNode | undefined): boolean {
  if (!classNode) return false;
  const names = [classNode.id?.name as string | undefined, classNode.superClass ? terminalName(classNode.superClass as AnyNode) : undefined];
  return names.some((name) => name !== undefined && /(?:Error|Exception)$/.test(name));
}

/**
 * `super("Gone", 410)` in a class extending a known status-carrying class (`HttpException`,
 * `HTTPException`, a project's own `ApiError`): the status goes where `new Base(…)` would take it.
 */
function locateInSuperCall(call: AnyNode, index: number, slot: AnyNode, reading: Reading): StatusPosition | undefined {
  const classNode = enclosingClass(call, reading.parentOf);
  const base = classNode?.superClass ? unwrap(classNode.superClass as AnyNode) : undefined;
  if (!base || base.type !== "Identifier") return inferredArgument(call, index, slot, reading);
  const candidates = reading.catalogue.news.get(base.name as string) ?? [];
  for (const { sink, segments } of candidates) {
    if (segments.length === 1 && sink.statusArgs?.includes(index)) return { sink, category: sink.category, host: call, slot };
  }
  return inferredArgument(call, index, slot, reading);
}

function inferredArgument(call: AnyNode, index: number, slot: AnyNode, reading: Reading): StatusPosition | undefined {
  const inferred = reading.inference?.argumentPosition(call, index);
  return inferred ? { sink: patternSink(inferred.byType ? "typed" : "helper"), category: inferred.category, host: call, slot } : undefined;
}

function assertionKind(call: AnyNode): string {
  const name = calleeName(call.callee as AnyNode) ?? "";
  if (name === "should") return "cypress.should";
  if (EQUALITY_MATCHERS.has(name) || name === "toHaveProperty") return "jest.expect";
  if (CHAI_EQUALITY.has(name) && assertionSubject(call.callee as AnyNode)) return "chai.expect";
  return "assert.equal";
}

function locateInArray(array: AnyNode, slot: AnyNode, reading: Reading): StatusPosition | undefined {
  const { node, parent } = climbWrappers(array, reading.parentOf);
  const parentOf = reading.parentOf;
  if (!parent) return undefined;
  if ((array.elements as AnyNode[])[0] === slot) {
    const tuple = locateInReplyTuple(array, node, parent, slot, reading);
    if (tuple) return tuple;
  }
  // `[401, 403].includes(err.response?.status)`
  if (isMember(parent) && parent.object === node && memberPropertyName(parent) === "includes") {
    const call = parentOf(parent);
    const argument = call && isCall(call) && call.callee === parent ? (call.arguments[0] as AnyNode | undefined) : undefined;
    if (argument && isStatusRead(argument, reading)) return { sink: patternSink("compare"), category: "comparison", host: call!, slot };
    return undefined;
  }
  if (isValueProperty(parent) && parent.value === node && STATUS_LIST_KEY.test(propertyKeyName(parent) ?? "")) {
    return { sink: patternSink("status-list"), category: "response", host: parent, slot };
  }
  // `expect(codes).toEqual([200, 404])` where `codes` holds one status read per response.
  if (isCall(parent) && reading.inference && comparesWithStatusList(parent, node, reading.inference)) {
    return { sink: patternSink(assertionKind(parent)), category: "assertion", host: parent, slot };
  }
  const iterated = reading.inference?.elementPosition(node);
  return iterated ? { sink: patternSink("helper"), category: iterated.category, host: node, slot } : undefined;
}

function comparesWithStatusList(call: AnyNode, array: AnyNode, inference: Inference): boolean {
  const callee = unwrap(call.callee as AnyNode);
  const name = calleeName(callee) ?? "";
  const args = call.arguments as AnyNode[];
  const holdsList = (node: AnyNode | undefined) => node !== undefined && unwrap(node).type === "Identifier" && inference.holdsStatusList(unwrap(node));
  if ((EQUALITY_MATCHERS.has(name) || CHAI_EQUALITY.has(name)) && args[0] === array) return holdsList(assertionSubject(callee));
  if (ASSERT_EQUALITY.has(name) && args.length >= 2) {
    const index = args.indexOf(array);
    return index >= 0 && index <= 1 && holdsList(args[index === 0 ? 1 : 0]);
  }
  return false;
}

/**
 * `.reply((uri, body) => [201, body])`, `.reply(async () => { …; return [404, error] })`: the tuple a
 * reply callback returns is the reply's arguments, so its first element is the status. Only the
 * callback's own result counts, not an array returned by a function nested in it.
 */
function locateInReplyTuple(array: AnyNode, wrapped: AnyNode, parent: AnyNode, slot: AnyNode, reading: Reading): StatusPosition | undefined {
  const parentOf = reading.parentOf;
  let fn: AnyNode | undefined;
  if (isFunctionNode(parent) && parent.body === wrapped) fn = parent;
  else if (parent.type === "ReturnStatement") {
    fn = parentOf(parent);
    while (fn && !isFunctionNode(fn)) fn = parentOf(fn);
  }
  if (!fn) return undefined;
  const { node: callback, parent: call } = climbWrappers(fn, parentOf);
  if (!call || !isCall(call)) return undefined;
  const index = argumentIndex(call, callback);
  if (index < 0) return undefined;
  const sink = findCallSink(call, reading, (candidate) => candidate.replyCallbackArg === index);
  return sink ? { sink, category: sink.category, host: array, slot } : undefined;
}

// ---------------------------------------------------------------------------------------------
// For the inference layer: the same readings, with a file's inference in play.

/** Does this expression read a status (`res.status`, a local holding one), as the locator sees it in this file? */
export function readsStatus(node: AnyNode, parentOf: ParentOf, catalogue: Catalogue): boolean {
  return isStatusRead(node, { parentOf, catalogue, inference: catalogue.inference });
}

/** Does this expression denote a response or an HTTP error, as the locator sees it in this file? */
export function denotesResponse(node: AnyNode, parentOf: ParentOf, catalogue: Catalogue): boolean {
  return isHttpObject(node, { parentOf, catalogue, inference: catalogue.inference });
}
