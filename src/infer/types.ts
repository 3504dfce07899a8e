/**
 * What the TypeScript checker says about status positions, when a file is linted with type
 * information (`parserOptions.projectService` or `project`). The syntax-only layers decide by names
 * and shapes; here the declared types decide, across files and into libraries' `.d.ts`:
 *
 * - **Status-typed parameters.** An argument is a status when the parameter it goes to is declared
 *   with a status type, or is a `number` named like a status in an HTTP-typed declaration.
 * - **Typed reads.** `x.status` / `x.statusCode` reads a status when `x` is a response or an HTTP
 *   error, and provably does not when `x`'s `status` holds no number or `x` is a child process's result.
 * - **Contextual objects.** `{ status: 404 }` where the object's contextual type gives the key a
 *   status type, or is an HTTP type with a `number` status (`ResponseInit`). Only keys named like a
 *   status (`/status|code/i`) are looked at: a contextual type can cost a generic call's inference.
 *
 * The definitions (the precise words the docs use):
 * - A *status type* is a union of integer literals, or an enum, whose members are all in 100–599
 *   (a negative placeholder such as Hono's `UnofficialStatusCode = -1` is ignored), more than half of
 *   them and at least two registered HTTP statuses (so SMTP's reply codes are not one); and a name on the way must say so: the
 *   alias, the enum, the type as written, or the parameter or key (`/status|http|code/i`). So
 *   `type PageSize = 100 | 200 | 500` is no status type, `type ClientErrorCode = 400 | 404` is.
 * - An *HTTP type* is a class, interface or alias named as a response, a request/response context
 *   or an HTTP error (`HTTP_TYPE_NAME`, `HTTP_ERROR_CLASS`), itself or through a base class.
 * - An *HTTP-typed declaration* is a function, method or constructor that belongs to an HTTP type,
 *   or that takes an HTTP type in another parameter (`send(res: ServerResponse, code: number)`).
 *
 * Cost: nothing here runs unless the locator asks about one node, and it asks only where the
 * catalogue and the syntax found nothing (or, for reads, about a `.status` it is about to trust).
 * TypeScript itself is loaded only when a program is there; anything missing or unexpected (no
 * checker, as with TypeScript 7's native compiler, or a checker that throws) means "no answer",
 * which leaves the syntax-only decision in place.
 */
import { dirname } from "node:path";
import type * as TS from "typescript";
import type { AnyNode } from "../ast";
import type { InferredPosition } from "../locate";
import { getStatusRecord } from "../status-codes";

/** The part of typescript-eslint's `parserServices` read here; structural, so the plugin needs no typescript types at run time. */
export interface ParserServicesLike {
  readonly program?: unknown;
  readonly esTreeNodeToTSNodeMap?: unknown;
}

/** The typed answers for one file. Each returns undefined when the types say nothing. */
export interface TypedFile {
  argumentPosition(call: AnyNode, index: number): InferredPosition | undefined;
  /** true: `x.status` reads an HTTP status; false: the types prove it does not. */
  statusRead(member: AnyNode, name: string): boolean | undefined;
  propertyPosition(property: AnyNode, key: string): InferredPosition | undefined;
}

/** Names a status type goes by: `ContentfulStatusCode`, `HttpStatus`, `StatusCodes`, `ClientErrorCode`, a `status` parameter. */
const STATUS_TYPE_HINT = /status|http|code/i;
/** Object keys worth a contextual type: `status`, `statusCode`, `httpStatus`, `errorCode`. */
const STATUS_KEY_HINT = /status|code/i;
/** `number` parameters and keys that are a status in an HTTP-typed declaration. */
const STATUS_NUMBER_NAME = /^(?:status|statusCode|httpStatus|httpStatusCode|code)$/;
/** Responses, request/response contexts and HTTP errors of the platform and the common frameworks and clients. */
const HTTP_TYPE_NAME =
  /^(?:Response|ResponseInit|ServerResponse|IncomingMessage|Http2ServerResponse|ClientResponse|AxiosResponse|AxiosError|APIResponse|FastifyReply|FastifyError|Context|ParameterizedContext|ExtendableContext|HttpException|HTTPException|HttpError|HTTPError|HttpErrorResponse|HttpResponse|HttpResponseInit|FetchError|ResponseError)$/;
/** Error classes whose name says HTTP: `HttpError`, `ApiException`, `HttpNotFoundError`. */
const HTTP_ERROR_CLASS = /^(?:Http|HTTP|Api|API)\w*(?:Error|Exception)$/;
/** Types whose `status` is something else: a child process's exit code. */
const NOT_HTTP_TYPE_NAME = /^(?:SpawnSyncReturns|ChildProcess|ChildProcessWithoutNullStreams|ChildProcessByStdio)$/;

const MIN_STATUS = 100;
const MAX_STATUS = 599;

type TypeScript = typeof TS;
let typescript: TypeScript | null | undefined;

/** TypeScript, required on first use only: the plugin must load, and lint, where it is not installed. */
function loadTypeScript(): TypeScript | undefined {
  if (typescript === undefined) {
    try {
      // Synchronous and optional: a rule cannot await, and a static import would make TypeScript a dependency.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      typescript = require("typescript") as TypeScript;
    } catch {
      typescript = null;
    }
  }
  return typescript ?? undefined;
}

interface NodeMap {
  get(node: object): TS.Node | undefined;
}

/** One checker's facts about types, shared by every file of its program. */
class ProgramTypes {
  readonly #statusShape = new WeakMap<TS.Type, boolean>();
  readonly #httpType = new WeakMap<TS.Type, boolean>();

  constructor(
    readonly ts: TypeScript,
    readonly checker: TS.TypeChecker,
  ) {}

  /** Integer literals of 100–599 only (or an enum of them), before any name is looked at. */
  hasStatusShape(type: TS.Type): boolean {
    let known = this.#statusShape.get(type);
    if (known === undefined) {
      known = this.#computeStatusShape(type);
      this.#statusShape.set(type, known);
    }
    return known;
  }

  #computeStatusShape(type: TS.Type): boolean {
    const { TypeFlags } = this.ts;
    const members = type.isUnion() ? type.types : [type];
    let inRange = 0;
    let registered = 0;
    for (const member of members) {
      if (!(member.flags & TypeFlags.NumberLiteral)) return false;
      const value = (member as TS.NumberLiteralType).value;
      if (!Number.isInteger(value)) return false;
      if (value < 0) continue;
      if (value < MIN_STATUS || value > MAX_STATUS) return false;
      inRange++;
      if (getStatusRecord(value)?.registered === true) registered++;
    }
    // Mostly HTTP's own codes: SMTP's and FTP's replies (220, 250, 354, 550) are three digits too.
    return registered >= 2 && registered * 2 > inRange;
  }

  /** A response, context or HTTP error, by its own name or a base class's. */
  isHttpType(type: TS.Type): boolean {
    let known = this.#httpType.get(type);
    if (known === undefined) {
      this.#httpType.set(type, false);
      known = this.#computeHttpType(type, 0);
      this.#httpType.set(type, known);
    }
    return known;
  }

  #computeHttpType(type: TS.Type, depth: number): boolean {
    if (type.isUnionOrIntersection()) return type.types.some((part) => this.isHttpType(part));
    for (const name of [type.aliasSymbol?.getName(), type.getSymbol()?.getName()]) {
      if (name !== undefined && (HTTP_TYPE_NAME.test(name) || HTTP_ERROR_CLASS.test(name))) return true;
    }
    if (depth > 4) return false;
    const target = (type as TS.TypeReference).target ?? type;
    const bases = target.isClassOrInterface() ? this.checker.getBaseTypes(target) : [];
    return bases.some((base) => this.#computeHttpType(base, depth + 1));
  }

  isNotHttpType(type: TS.Type): boolean {
    const name = type.getSymbol()?.getName() ?? type.aliasSymbol?.getName();
    return name !== undefined && NOT_HTTP_TYPE_NAME.test(name);
  }

  /** Any, unknown and error types say nothing. */
  isOpaque(type: TS.Type): boolean {
    return (type.flags & (this.ts.TypeFlags.Any | this.ts.TypeFlags.Unknown)) !== 0;
  }

  /** Only strings and booleans (a string enum, `"active" | "done"`): a number compared with it is no status. */
  holdsNoNumber(type: TS.Type): boolean {
    const { TypeFlags } = this.ts;
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((part) => (part.flags & (TypeFlags.StringLike | TypeFlags.BooleanLike)) !== 0);
  }

  typeOfSymbol(symbol: TS.Symbol): TS.Type {
    const { checker } = this;
    // `getTypeOfSymbol` is public since TypeScript 5.x; typescript-eslint still runs on 4.8.
    if (typeof checker.getTypeOfSymbol === "function") return checker.getTypeOfSymbol(symbol);
    return checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration ?? symbol.declarations![0]!);
  }

  isNumberLike(type: TS.Type): boolean {
    return (type.flags & this.ts.TypeFlags.NumberLike) !== 0;
  }

  isPlainNumber(type: TS.Type): boolean {
    return (type.flags & this.ts.TypeFlags.Number) !== 0;
  }

  /** A type parameter stands for its constraint: Hono's `<U extends ContentfulStatusCode>(…, status?: U)`. */
  declared(type: TS.Type): TS.Type {
    const present = this.checker.getNonNullableType(type);
    if (!(present.flags & this.ts.TypeFlags.TypeParameter)) return present;
    const constraint = this.checker.getBaseConstraintOfType(present);
    return constraint ? this.checker.getNonNullableType(constraint) : present;
  }

  isStatusType(type: TS.Type, hints: readonly (string | undefined)[]): boolean {
    if (!this.hasStatusShape(type)) return false;
    const names = [...hints, type.aliasSymbol?.getName(), enumName(type)];
    return names.some((name) => name !== undefined && STATUS_TYPE_HINT.test(name));
  }
}

/** The enum a union of enum members belongs to (`HttpStatus`). */
function enumName(type: TS.Type): string | undefined {
  const first = type.isUnion() ? type.types[0] : type;
  const parent = (first?.getSymbol() as (TS.Symbol & { parent?: TS.Symbol }) | undefined)?.parent;
  return type.getSymbol()?.getName() ?? parent?.getName();
}

const programs = new WeakMap<object, ProgramTypes | null>();
const files = new WeakMap<object, TypedFile | null>();

function programTypes(program: unknown): ProgramTypes | undefined {
  if (typeof program !== "object" || program === null) return undefined;
  let types = programs.get(program);
  if (types === undefined) {
    types = null;
    const ts = loadTypeScript();
    const getChecker = (program as { getTypeChecker?: unknown }).getTypeChecker;
    if (ts && typeof getChecker === "function") {
      try {
        types = new ProgramTypes(ts, getChecker.call(program) as TS.TypeChecker);
      } catch {
        types = null;
      }
    }
    programs.set(program, types);
  }
  return types ?? undefined;
}

/**
 * The typed answers for the file these parser services belong to, or undefined when it was parsed
 * without a program: then every answer is the syntax-only one.
 */
export function typesFor(services: ParserServicesLike | undefined): TypedFile | undefined {
  // Without a program there is nothing to ask; most lints have none, so they skip the cache too.
  if (!services || typeof services !== "object" || !services.program) return undefined;
  let file = files.get(services);
  if (file === undefined) {
    const types = programTypes(services.program);
    const map = services.esTreeNodeToTSNodeMap as NodeMap | undefined;
    file = types && map && typeof map.get === "function" ? new CheckedFile(types, map) : null;
    files.set(services, file);
  }
  return file ?? undefined;
}

/** Every answer is guarded: a checker that fails on one node leaves that node to the syntax. */
function guarded<T>(answer: () => T | undefined): T | undefined {
  try {
    return answer();
  } catch {
    return undefined;
  }
}

class CheckedFile implements TypedFile {
  readonly #types: ProgramTypes;
  readonly #map: NodeMap;

  constructor(types: ProgramTypes, map: NodeMap) {
    this.#types = types;
    this.#map = map;
  }

  argumentPosition(call: AnyNode, index: number): InferredPosition | undefined {
    return guarded(() => this.#argumentPosition(call, index));
  }

  statusRead(member: AnyNode, name: string): boolean | undefined {
    return guarded(() => this.#statusRead(member, name));
  }

  propertyPosition(property: AnyNode, key: string): InferredPosition | undefined {
    return guarded(() => this.#propertyPosition(property, key));
  }

  #argumentPosition(call: AnyNode, index: number): InferredPosition | undefined {
    const tsCall = this.#map.get(call) as TS.CallLikeExpression | undefined;
    if (!tsCall) return undefined;
    const { checker } = this.#types;
    const declaration = checker.getResolvedSignature(tsCall)?.getDeclaration();
    if (!declaration) return undefined;
    // The declared signature, not the one instantiated for this call: `identity<T>(x: T)` called with 404 is no status.
    const signature = checker.getSignatureFromDeclaration(declaration as TS.SignatureDeclaration);
    const parameter = signature?.getParameters()[index];
    if (!signature || !parameter || isRestParameter(parameter)) return undefined;
    const type = this.#types.declared(this.#types.typeOfSymbol(parameter));
    const name = parameter.getName();
    const typed = this.#types.isStatusType(type, [name, writtenType(parameter)]);
    if (!typed && !(this.#types.isPlainNumber(type) && STATUS_NUMBER_NAME.test(name) && this.#isHttpDeclaration(declaration, signature, parameter))) return undefined;
    const constructs = call.type === "NewExpression" || unwrapCallee(call).type === "Super";
    return { category: constructs ? "error" : "response", byType: true };
  }

  /** The declaration belongs to an HTTP type, or takes one in another parameter. */
  #isHttpDeclaration(declaration: TS.Node, signature: TS.Signature, parameter: TS.Symbol): boolean {
    const { checker } = this.#types;
    for (const other of signature.getParameters()) {
      if (other !== parameter && this.#types.isHttpType(this.#types.declared(this.#types.typeOfSymbol(other)))) return true;
    }
    const owner = declaration.parent as TS.Node & { name?: TS.Node };
    if (!owner?.name) return false;
    return this.#types.isHttpType(checker.getTypeAtLocation(owner.name));
  }

  #statusRead(member: AnyNode, name: string): boolean | undefined {
    const access = this.#map.get(member) as TS.PropertyAccessExpression | undefined;
    const object = access?.expression;
    if (!access || !object) return undefined;
    const types = this.#types;
    const objectType = types.checker.getNonNullableType(types.checker.getTypeAtLocation(object));
    if (types.isOpaque(objectType)) return undefined;
    if (types.isNotHttpType(objectType)) return false;
    const property = types.checker.getPropertyOfType(objectType, name);
    if (!property) return undefined;
    const type = types.declared(types.typeOfSymbol(property));
    if (types.isOpaque(type)) return undefined;
    // `order.status` of a string enum, `job.status` of `"active" | "done"`: whatever the names say, no HTTP status.
    if (types.holdsNoNumber(type)) return false;
    if (types.isStatusType(type, [name])) return true;
    return types.isNumberLike(type) && types.isHttpType(objectType) ? true : undefined;
  }

  #propertyPosition(property: AnyNode, key: string): InferredPosition | undefined {
    // A contextual type can cost a whole generic call's inference (`useQuery({ staleTime: 300 })`),
    // so only keys that may name a status are worth one.
    if (!STATUS_KEY_HINT.test(key)) return undefined;
    const tsProperty = this.#map.get(property) as TS.PropertyAssignment | undefined;
    const object = tsProperty?.parent;
    if (!object) return undefined;
    const types = this.#types;
    const contextual = types.checker.getContextualType(object as TS.ObjectLiteralExpression);
    if (!contextual) return undefined;
    const owner = types.checker.getNonNullableType(contextual);
    const symbol = types.checker.getPropertyOfType(owner, key);
    if (!symbol) return undefined;
    const type = types.declared(types.typeOfSymbol(symbol));
    const typed = types.isStatusType(type, [key, writtenType(symbol)]);
    if (!typed && !(types.isPlainNumber(type) && STATUS_NUMBER_NAME.test(key) && types.isHttpType(owner))) return undefined;
    return { category: "response", byType: true };
  }
}

function isRestParameter(parameter: TS.Symbol): boolean {
  return (parameter.valueDeclaration as TS.ParameterDeclaration | undefined)?.dotDotDotToken !== undefined;
}

/** The type as the declaration writes it (`ContentfulStatusCode`, `U`), for its name. */
function writtenType(symbol: TS.Symbol): string | undefined {
  const declaration = symbol.valueDeclaration as (TS.Node & { type?: TS.TypeNode }) | undefined;
  return declaration?.type?.getText();
}

function unwrapCallee(call: AnyNode): AnyNode {
  return (call.callee as AnyNode | undefined) ?? call;
}

// --- The codemod's way in: a program from a tsconfig, and Babel's nodes found by their span ----------

/** A tsconfig's program, built once per process and path: a codemod run reads one project. */
const tsconfigPrograms = new Map<string, TS.Program>();

/**
 * The program of a tsconfig, for `replace-status-literals --tsconfig`. Throws an Error with a
 * one-line message when TypeScript is missing or the tsconfig cannot be read.
 */
export function programFromTsconfig(tsconfigPath: string): TS.Program {
  const cached = tsconfigPrograms.get(tsconfigPath);
  if (cached) return cached;
  const ts = loadTypeScript();
  if (!ts) throw new Error("--tsconfig needs the typescript package, which is not installed");
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (read.error) throw new Error(`--tsconfig: ${ts.flattenDiagnosticMessageText(read.error.messageText, " ")}`);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfigPath), undefined, tsconfigPath);
  const fatal = parsed.errors.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (fatal) throw new Error(`--tsconfig: ${ts.flattenDiagnosticMessageText(fatal.messageText, " ")}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true }, projectReferences: parsed.projectReferences });
  tsconfigPrograms.set(tsconfigPath, program);
  return program;
}

/**
 * The typed answers for a file the codemod parsed with Babel, or undefined when the program does
 * not hold that file with exactly this text (then the file is judged by its syntax alone).
 */
export function typesForSource(program: TS.Program, filename: string, source: string): TypedFile | undefined {
  const ts = loadTypeScript();
  const sourceFile = program.getSourceFile(filename);
  if (!ts || !sourceFile || sourceFile.text !== source) return undefined;
  return typesFor({ program, esTreeNodeToTSNodeMap: new SpanMap(ts, sourceFile) });
}

/** The TypeScript node kinds that answer for a Babel/ESTree node of the same span. */
function kindMatches(ts: TypeScript, type: string, node: TS.Node): boolean {
  switch (type) {
    case "CallExpression":
    case "OptionalCallExpression":
      return ts.isCallExpression(node);
    case "NewExpression":
      return ts.isNewExpression(node);
    case "MemberExpression":
    case "OptionalMemberExpression":
      return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
    case "Property":
    case "ObjectProperty":
      return ts.isPropertyAssignment(node);
    default:
      return false;
  }
}

/** Finds the TypeScript node of a Babel node by its offsets: the two parsers read the same text. */
class SpanMap implements NodeMap {
  constructor(
    private readonly ts: TypeScript,
    private readonly sourceFile: TS.SourceFile,
  ) {}

  get(node: object): TS.Node | undefined {
    const { type, start, end } = node as { type?: string; start?: number; end?: number };
    if (typeof type !== "string" || typeof start !== "number" || typeof end !== "number") return undefined;
    const { ts, sourceFile } = this;
    let found: TS.Node | undefined;
    const visit = (current: TS.Node): void => {
      if (current.pos > start || current.end < end) return;
      if (current.end === end && current.getStart(sourceFile) === start && kindMatches(ts, type, current)) found = current;
      ts.forEachChild(current, visit);
    };
    ts.forEachChild(sourceFile, visit);
    return found;
  }
}
