/**
 * Status positions no catalogue can list, inferred from the code itself — the layer between the
 * locator and its callers (see DESIGN.md). Both front ends ask the same questions of the same
 * code here, so `eslint --fix` and the codemod still agree:
 *
 * - **A project's own helpers and error classes.** A function, method or constructor whose
 *   parameter reaches a status position (a known sink, another such helper, `this.status` of an
 *   error class, a `readonly status` parameter property, `super(code)`, the `statusCode` of a
 *   returned response) makes the matching argument a status at its call sites: `sendError(res,
 *   404)`, `throw new ApiError(403)`, `super(405, …)`. In the same file, and across relative
 *   imports, tsconfig path aliases and re-exports (`./modules.ts`, `./resolve.ts`).
 * - **Locals.** A `const` (or a `let` assigned only plain values) that holds a status read, a
 *   response, or a list of either carries that to its uses: `const code = res.status`,
 *   `const { status: s } = await api.get(…)`, `const codes = responses.map((r) => r.status)`.
 * - **Responses by origin.** A local assigned a request's result, a `.then` callback's parameter on
 *   one, an element of a list of responses, a `catch` parameter.
 * - **Envelopes a runner sends.** `return Result.fail(401)` is a status only where the result's
 *   `code` is taken into a response: read off a local, or by a runner the function is handed to.
 *   The callers of an exported function may be in other modules, found by `./importers.ts`.
 *
 * Everything is derived from the trees and the files they import, and cached by node or by file:
 * nothing one file's lint learns can change another's answer.
 */
import {
  type AnyNode,
  calleeName,
  calleePath,
  isCall,
  isFunctionNode,
  isMember,
  isNew,
  isValueProperty,
  isValueWrapper,
  memberPropertyName,
  type ParentOf,
  propertyKeyName,
  staticString,
  unwrap,
} from "../ast";
import { type Catalogue, denotesResponse, describesResponse, forFile, type Inference, type InferredPosition, isErrorClass, locateStatus, readsStatus } from "../locate";
import type { SinkCategory } from "../sinks";
import { assignedValues, type Binding, findBinding, isReference, walk } from "./bindings";
import {
  type CallableSummary,
  EMPTY_MODULE,
  EMPTY_PARAMETERS,
  importersDependedOn,
  isInformative,
  MODULE_DEPTH,
  type ModuleSummary,
  moduleSummary,
  type ParsedModule,
  readModule,
  readThrough,
} from "./modules";
import { couldName } from "./importers";
import { resolveProjectModule } from "./resolve";
import type { TypedFile } from "./types";

/** What a local holds, as far as statuses go. */
type Held = "status" | "statuses" | "response" | "responses";

const NO_MEMBERS: ReadonlyMap<string, CallableSummary> = new Map();
const NOTHING: CallableSummary = { parameters: EMPTY_PARAMETERS, members: NO_MEMBERS };

/** Parameter properties that carry the status of an error class (`constructor(readonly status: number)`). */
const STATUS_PROPERTY = /^(?:status|statusCode|httpStatus|httpStatusCode)$/;
/** Keys of an option object that may carry a status into a class or helper (`new HttpError({ status: 404 })`). */
const OPTION_STATUS_KEY = /^(?:status|statusCode|httpStatus|httpStatusCode|code)$/;
const NO_KEYS: ReadonlyMap<string, number> = new Map();
const NO_CATEGORIES: ReadonlyMap<string, SinkCategory> = new Map();
/** Array methods whose callback gets each element as its first parameter. */
const ELEMENT_CALLBACKS = new Set(["map", "forEach", "filter", "find", "findLast", "some", "every", "flatMap"]);
/** A `catch` after one of these is a child process failing: its `status` is an exit code. */
const CHILD_PROCESS_CALLS = new Set(["execSync", "execFileSync", "spawnSync"]);

/** The key of `module.exports` (and `exports`, and locals bound to either) among a file's member-built objects. */
const EXPORTS_OBJECT = "module.exports";

const CATEGORY_ORDER: readonly SinkCategory[] = ["response", "error", "mock", "assertion", "comparison"];

/** Of two positions a value reaches, the one that tells most about it: a response over an error over a mock, an assertion, a comparison. */
function mostTelling(found: SinkCategory | undefined, next: SinkCategory): SinkCategory {
  return found === undefined || CATEGORY_ORDER.indexOf(next) < CATEGORY_ORDER.indexOf(found) ? next : found;
}

/** One file's inference, with the catalogue view that asks it; `types` when the file was parsed with a TypeScript program. */
export function inferFor(catalogue: Catalogue, filename: string | undefined, parentOf: ParentOf, types?: TypedFile): Catalogue {
  return new FileInference(catalogue, filename, parentOf, MODULE_DEPTH, types).view;
}

class FileInference implements Inference {
  readonly view: Catalogue;
  readonly #filename: string | undefined;
  readonly #parentOf: ParentOf;
  // Plain maps: they die with this file's inference, and cost less to make and to collect than weak ones.
  readonly #summaries = new Map<AnyNode, CallableSummary>();
  readonly #held = new Map<AnyNode, Held | null>();
  /** Top-level `X.name = value` statements of this file, by the object they hang on (see `#memberAssignments`). */
  #assignments: ReadonlyMap<string, ReadonlyMap<string, AnyNode>> | undefined;
  readonly #assignedObjects = new Map<string, CallableSummary>();
  readonly #elements = new Map<AnyNode, InferredPosition | null>();
  /** Where the `key` of each row of a table goes, by table and key. */
  readonly #columns = new Map<AnyNode, Map<string, InferredPosition | null>>();
  /** Each identifier's declaration, looked up once: callees, objects and uses are asked about again and again. */
  readonly #bindings = new Map<AnyNode, Binding | null>();
  /** What each declared name does when called, by its declaring identifier. */
  readonly #bindingSummaries = new Map<AnyNode, CallableSummary | null>();
  /** Where the callers of a function take each key of what it returns, by key and whether importers were asked. */
  readonly #returnedKeyPositions = new Map<AnyNode, Map<string, SinkCategory | null>>();
  /** The fields each class's constructor sets from its parameters. */
  readonly #instanceKeysByClass = new Map<AnyNode, ReadonlyMap<string, number> | undefined>();
  /** The identifiers of a block by name, in tree order, for blocks whose lists are searched for a name's uses. */
  readonly #identifiersByBlock = new Map<AnyNode, ReadonlyMap<string, readonly (readonly [AnyNode, AnyNode | undefined])[]>>();
  /** The depth at which this file's imports are read (`MODULE_DEPTH` for the linted file). */
  readonly #importDepth: number;
  readonly #types: TypedFile | undefined;

  constructor(catalogue: Catalogue, filename: string | undefined, parentOf: ParentOf, importDepth: number, types?: TypedFile) {
    this.view = forFile(catalogue, this);
    this.#filename = filename;
    this.#parentOf = parentOf;
    this.#importDepth = importDepth;
    this.#types = types;
  }

  // --- What the declared types say (./types.ts), asked first where there are any ---------------

  typedStatusRead(member: AnyNode, name: string): boolean | undefined {
    return this.#types?.statusRead(member, name);
  }

  typedProperty(property: AnyNode, key: string): InferredPosition | undefined {
    return this.#types?.propertyPosition(property, key);
  }

  #bindingOf(identifier: AnyNode): Binding | undefined {
    let binding = this.#bindings.get(identifier);
    if (binding === undefined) {
      binding = findBinding(identifier, this.#parentOf) ?? null;
      this.#bindings.set(identifier, binding);
    }
    return binding ?? undefined;
  }

  /** A block's identifiers by name, gathered in one walk the first time a list declared in it is followed. */
  #identifiersIn(block: AnyNode): ReadonlyMap<string, readonly (readonly [AnyNode, AnyNode | undefined])[]> {
    let byName = this.#identifiersByBlock.get(block);
    if (!byName) {
      const found = new Map<string, [AnyNode, AnyNode | undefined][]>();
      walk(block, (node, parent) => {
        if (node.type !== "Identifier") return;
        const name = node.name as string;
        const list = found.get(name);
        if (list) list.push([node, parent]);
        else found.set(name, [[node, parent]]);
      });
      byName = found;
      this.#identifiersByBlock.set(block, byName);
    }
    return byName;
  }

  // --- Helpers and error classes -------------------------------------------------------------

  argumentPosition(call: AnyNode, index: number): InferredPosition | undefined {
    // A status-typed parameter settles it without reading the helper's code or its module.
    const typed = this.#types?.argumentPosition(call, index);
    if (typed) return typed;
    const summary = this.#calleeSummary(call);
    const category = summary?.parameters.get(index);
    if (category) return { category };
    // `return Result.fail(401)`: the argument comes back as the result's `code`; whether that is a
    // status depends on where the result goes.
    for (const [key, parameter] of summary?.resultKeys ?? NO_KEYS) {
      if (parameter !== index) continue;
      const reached = this.#valueKeyReaches(call, key, true);
      if (reached) return { category: reached };
    }
    return undefined;
  }

  returnsResponse(call: AnyNode): boolean {
    const callee = unwrap(call.callee as AnyNode);
    return (callee.type === "Identifier" || isMember(callee)) && this.#expressionSummary(callee)?.returnsResponse === true;
  }

  argumentKeyPosition(call: AnyNode, index: number, key: string): InferredPosition | undefined {
    // Only a class is asked (`new UpstreamError({ status: 502 })`), and only for the keys ever
    // summarised: an option object handed to a call (`fetchPage(url, { limit: 200 })`) is common,
    // and reading every such callee costs more than the statuses it finds.
    if (!isNew(call) || !OPTION_STATUS_KEY.test(key)) return undefined;
    return asPosition(this.#calleeSummary(call)?.parameterKeys?.get(index)?.get(key));
  }

  #calleeSummary(call: AnyNode): CallableSummary | undefined {
    const callee = unwrap(call.callee as AnyNode);
    return callee.type === "Super" ? this.#superSummary(call) : this.#expressionSummary(callee);
  }

  // --- Where a returned value's keys go ------------------------------------------------------

  /**
   * The status position the `key` of this expression's value reaches: read off a local it is held
   * in, off the expression itself, or, when it is returned, wherever the function's callers take
   * it (`#returnedKeyReaches`). `reverse` allows the look at other modules that import the function.
   */
  #valueKeyReaches(value: AnyNode, key: string, reverse: boolean): SinkCategory | undefined {
    const { node, parent } = this.#climbValue(value);
    if (!parent) return undefined;
    if (parent.type === "ReturnStatement") {
      const fn = this.#enclosingFunction(parent);
      return fn ? this.#returnedKeyReaches(fn, key, reverse) : undefined;
    }
    if (isFunctionNode(parent) && parent.body === node) return this.#returnedKeyReaches(parent, key, reverse);
    return (parent.type === "VariableDeclarator" && parent.init === node) || isMember(parent) ? this.#resultKeysReach(value).get(key) : undefined;
  }

  /**
   * Where the callers of `fn` take the `key` of what it returns. A caller in this file calls it and
   * reads the key, or hands it to a function that does (`run(guard, ctx)`, see `calledResults`).
   * When `fn` is exported, so may the modules that import it: the one place a guard's
   * `Result.fail(401)` becomes a status is the runner another module hands the guard to.
   */
  #returnedKeyReaches(fn: AnyNode, key: string, reverse: boolean): SinkCategory | undefined {
    let byKey = this.#returnedKeyPositions.get(fn);
    if (!byKey) this.#returnedKeyPositions.set(fn, (byKey = new Map()));
    return remembered(byKey, reverse ? `${key} and importers` : key, () => this.#callersTakeKey(fn, key, reverse));
  }

  #callersTakeKey(fn: AnyNode, key: string, reverse: boolean): SinkCategory | undefined {
    const name = functionName(fn, this.#parentOf);
    let found: SinkCategory | undefined;
    const exportedAs: string[] = [];
    if (name) {
      const declaration = exportingDeclaration(name, fn, this.#parentOf);
      if (declaration) exportedAs.push(declaration.type === "ExportDefaultDeclaration" ? "default" : (name.name as string));
      for (const [use, useParent] of this.#identifiersIn(this.#programOf(fn)).get(name.name as string) ?? []) {
        if (use === name || this.#bindingOf(use)?.id !== name) continue;
        if (useParent?.type === "ExportSpecifier" && useParent.local === use) {
          const exported = moduleExportName(useParent.exported as AnyNode);
          if (exported !== undefined) exportedAs.push(exported);
          continue;
        }
        const category = this.#useTakesKey(use, useParent, key, reverse);
        if (category) found = mostTelling(found, category);
      }
    }
    if (!found && reverse && this.#filename !== undefined) {
      for (const exported of exportedAs) {
        const category = this.#importersTakeKey(this.#filename, exported, key);
        if (category) found = mostTelling(found, category);
      }
    }
    return found;
  }

  /** What a use of a function does with the `key` of its result: `f(…).key`, `const r = f(…); r.key`, or `run(f, …)`. */
  #useTakesKey(use: AnyNode, useParent: AnyNode | undefined, key: string, reverse: boolean): SinkCategory | undefined {
    if (!useParent) return undefined;
    if (isCall(useParent) && useParent.callee === use) return this.#valueKeyReaches(useParent, key, reverse);
    if (!isCall(useParent) && !isNew(useParent)) return undefined;
    const index = (useParent.arguments as AnyNode[]).indexOf(use);
    return index >= 0 ? this.#calleeSummary(useParent)?.calledResults?.get(index)?.get(key) : undefined;
  }

  /**
   * The most telling status position the modules importing `exportName` from `file` take the `key`
   * of its result to. Each importer is read once per process and re-read when it changes; it looks
   * no further back itself, so the work stays one ring of importers deep.
   */
  #importersTakeKey(file: string, exportName: string, key: string): SinkCategory | undefined {
    const catalogue = this.view;
    return readThrough(catalogue, `importers:${exportName}:${key}:${file}`, () => {
      let found: SinkCategory | undefined;
      for (const importer of importersDependedOn(file, exportName)) {
        const parsed = readModule(importer);
        if (!parsed) continue;
        try {
          const category = importerInference(parsed, importer, catalogue).importedKeyReaches(parsed.program, file, exportName, key);
          if (category) found = mostTelling(found, category);
        } catch {
          // An importer is read only to learn more; a shape it does not expect leaves it silent.
        }
      }
      return found;
    });
  }

  /** In this (importing) module: where the `key` of what `exportName` of `file` returns goes. */
  importedKeyReaches(program: AnyNode, file: string, exportName: string, key: string): SinkCategory | undefined {
    let found: SinkCategory | undefined;
    for (const statement of program.body as AnyNode[]) {
      if (statement.type !== "ImportDeclaration" || this.#filename === undefined) continue;
      const source = staticString(statement.source as AnyNode);
      if (source === undefined || !couldName(source, file) || resolveProjectModule(this.#filename, source) !== file) continue;
      for (const specifier of statement.specifiers as AnyNode[]) {
        const imported =
          specifier.type === "ImportDefaultSpecifier" ? "default" : specifier.type === "ImportSpecifier" ? moduleExportName(specifier.imported as AnyNode) : undefined;
        if (imported !== exportName) continue;
        const local = specifier.local as AnyNode;
        for (const [use, useParent] of this.#identifiersIn(program).get(local.name as string) ?? []) {
          if (use === local || !isReference(use, useParent) || this.#bindingOf(use)?.id !== local) continue;
          const category = this.#useTakesKey(use, useParent, key, false);
          if (category) found = mostTelling(found, category);
        }
      }
    }
    return found;
  }

  #programOf(node: AnyNode): AnyNode {
    let program = node;
    for (let parent = this.#parentOf(program); parent; parent = this.#parentOf(parent)) program = parent;
    return program;
  }

  definesCallee(callee: AnyNode): boolean {
    if (callee.type !== "Identifier") return false;
    const binding = this.#bindingOf(callee);
    switch (binding?.kind) {
      case "function":
      case "class":
        return true;
      case "import":
        return this.#filename !== undefined && resolveProjectModule(this.#filename, binding.source) !== undefined;
      case "variable": {
        // `const fail = (code, message) => …`; a name taken out of a context or a package stays the framework's.
        const init = binding.declarator.id === binding.id ? (binding.declarator.init as AnyNode | null | undefined) : undefined;
        const value = init ? unwrap(init) : undefined;
        return value !== undefined && (isFunctionNode(value) || value.type === "ClassExpression");
      }
      default:
        return false;
    }
  }

  parameterDefault(pattern: AnyNode): InferredPosition | undefined {
    let param = pattern;
    let fn = this.#parentOf(param);
    if (fn?.type === "TSParameterProperty") {
      param = fn;
      fn = this.#parentOf(fn);
    }
    if (!fn || !isFunctionNode(fn)) return undefined;
    const index = (fn.params as AnyNode[]).indexOf(param);
    return asPosition(index >= 0 ? this.#nodeSummary(fn).parameters.get(index) : undefined);
  }

  #superSummary(call: AnyNode): CallableSummary | undefined {
    const classNode = this.#enclosingClass(call);
    return classNode?.superClass ? this.#superClassSummary(classNode.superClass as AnyNode) : undefined;
  }

  /** A base class: the project's own, or one the catalogue knows by name (`HttpException`). */
  #superClassSummary(superClass: AnyNode): CallableSummary | undefined {
    const own = this.#expressionSummary(superClass);
    if (own && own.parameters.size > 0) return own;
    const base = unwrap(superClass);
    if (base.type !== "Identifier") return own;
    const parameters = new Map<number, SinkCategory>();
    for (const { sink, segments } of this.view.news.get(base.name as string) ?? []) {
      if (segments.length === 1) for (const index of sink.statusArgs ?? []) parameters.set(index, sink.category);
    }
    return parameters.size > 0 ? { parameters, members: own?.members ?? NO_MEMBERS } : own;
  }

  #enclosingClass(node: AnyNode): AnyNode | undefined {
    for (let current = this.#parentOf(node); current; current = this.#parentOf(current)) {
      if (current.type === "ClassDeclaration" || current.type === "ClassExpression") return current;
    }
    return undefined;
  }

  /** What calling this expression does with its arguments, when it is something the project defines. */
  #expressionSummary(expression: AnyNode): CallableSummary | undefined {
    const inner = unwrap(expression);
    if (isCommonJsExports(inner, this.#parentOf)) return this.#assignedObject(EXPORTS_OBJECT, inner);
    if (inner.type === "Identifier") {
      const binding = this.#bindingOf(inner);
      return binding ? this.#bindingSummary(binding) : undefined;
    }
    if (isMember(inner)) {
      const name = memberPropertyName(inner);
      if (name === undefined) return undefined;
      const object = unwrap(inner.object as AnyNode);
      // `helpers.sendApi(…)` in the module that builds `helpers` member by member: only that member is read.
      const key = this.#assignedObjectKey(object);
      const assigned = key === undefined ? undefined : this.#memberAssignments(object).get(key)?.get(name);
      if (assigned) return this.#expressionSummary(assigned);
      const owner = object.type === "ThisExpression" ? this.#thisClassSummary(object) : this.#expressionSummary(object);
      return owner?.members.get(name);
    }
    if (isFunctionNode(inner) || inner.type === "ClassExpression" || inner.type === "ObjectExpression") return this.#nodeSummary(inner);
    // `const onError = options.onError || helpers.notAllowed`: a fallback that is a helper is called like one.
    if ((inner.type === "LogicalExpression" && (inner.operator === "||" || inner.operator === "??")) || inner.type === "ConditionalExpression") {
      const [first, second] = inner.type === "LogicalExpression" ? [inner.left, inner.right] : [inner.consequent, inner.alternate];
      const summary = this.#expressionSummary(first as AnyNode);
      return isInformative(summary) ? summary : this.#expressionSummary(second as AnyNode);
    }
    if (isNew(inner)) {
      // An instance has the class's methods; calling it is not calling the constructor.
      const members = this.#expressionSummary(inner.callee as AnyNode)?.members;
      return members && members.size > 0 ? { parameters: EMPTY_PARAMETERS, members } : undefined;
    }
    const module = this.#requiredModule(inner);
    return module ? { parameters: EMPTY_PARAMETERS, members: module } : undefined;
  }

  /** `this` in a method: the class around the nearest non-arrow function, when that function is a class member. */
  #thisClassSummary(thisNode: AnyNode): CallableSummary | undefined {
    let inMethod = false;
    for (let current = this.#parentOf(thisNode); current; current = this.#parentOf(current)) {
      if (current.type === "ClassDeclaration" || current.type === "ClassExpression") return inMethod ? this.#nodeSummary(current) : undefined;
      if (!isFunctionNode(current) || current.type === "ArrowFunctionExpression" || inMethod) continue;
      if (current.type !== "ClassMethod" && current.type !== "ClassPrivateMethod" && !isClassMember(this.#parentOf(current))) return undefined;
      inMethod = true;
    }
    return undefined;
  }

  #bindingSummary(binding: Binding): CallableSummary | undefined {
    // A callee is asked about once per argument and option key it is called with.
    return remembered(this.#bindingSummaries, binding.id, () => this.#summaryOfBinding(binding));
  }

  #summaryOfBinding(binding: Binding): CallableSummary | undefined {
    switch (binding.kind) {
      case "function":
      case "class":
        return this.#nodeSummary(binding.node);
      case "import":
        return this.#importSummary(binding.source, binding.imported);
      case "variable": {
        const init = binding.declarator.init as AnyNode | null | undefined;
        if (!init) return undefined;
        let summary: CallableSummary | undefined;
        if (binding.declarator.id === binding.id) {
          const own = this.#expressionSummary(init);
          const key = this.#assignedObjectKey(binding.id);
          summary = key === undefined ? own : this.#assignedObject(key, binding.id, own);
        } else {
          // `const { sendError } = require("./http")`
          const key = destructuredKey(binding.id, binding.declarator, this.#parentOf);
          const module = this.#requiredModule(unwrap(init));
          summary = key !== undefined && module ? module.get(key) : undefined;
        }
        // Whether it is assigned again (`let fail = …; fail = other`) matters only for a callable worth knowing.
        if (!isInformative(summary)) return undefined;
        const values = assignedValues(binding, this.#parentOf);
        return values && values.length === 1 ? summary : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * The objects a CommonJS module builds member by member at its top level: `module.exports.f = …`,
   * `exports.f = …`, `const helpers = module.exports; helpers.f = …`, `const api = {}; api.f = …`.
   * Read once per file, from the statements of the program only.
   */
  #memberAssignments(anyNode: AnyNode): ReadonlyMap<string, ReadonlyMap<string, AnyNode>> {
    if (this.#assignments) return this.#assignments;
    let program = anyNode;
    for (let parent = this.#parentOf(program); parent; parent = this.#parentOf(parent)) program = parent;
    const byObject = new Map<string, Map<string, AnyNode>>();
    for (const statement of (program.type === "Program" ? program.body : []) as AnyNode[]) {
      const assignment = statement.type === "ExpressionStatement" ? (statement.expression as AnyNode) : undefined;
      if (assignment?.type !== "AssignmentExpression" || assignment.operator !== "=") continue;
      const target = unwrap(assignment.left as AnyNode);
      const name = isMember(target) ? memberPropertyName(target) : undefined;
      const key = name === undefined ? undefined : this.#assignedObjectKey(unwrap(target.object as AnyNode));
      if (key === undefined || name === undefined) continue;
      const members = byObject.get(key) ?? new Map<string, AnyNode>();
      members.set(name, assignment.right as AnyNode);
      byObject.set(key, members);
    }
    this.#assignments = byObject;
    return byObject;
  }

  /** Which top-level object an expression names, for `#memberAssignments`: the exports object, or a top-level variable by its name. */
  #assignedObjectKey(object: AnyNode): string | undefined {
    if (isCommonJsExports(object, this.#parentOf)) return EXPORTS_OBJECT;
    if (object.type !== "Identifier") return undefined;
    const binding = this.#bindingOf(object);
    if (binding?.kind !== "variable" || binding.scope.type !== "Program" || binding.declarator.id !== binding.id) return undefined;
    const init = binding.declarator.init as AnyNode | null | undefined;
    if (init && isCommonJsExports(unwrap(init), this.#parentOf)) return EXPORTS_OBJECT;
    return binding.id.name as string;
  }

  /** An object's members: those it was created with (`base`), then those assigned to it at the top level. */
  #assignedObject(key: string, anyNode: AnyNode, base?: CallableSummary): CallableSummary | undefined {
    const assigned = this.#memberAssignments(anyNode).get(key);
    if (!assigned) return base;
    const cacheKey = base ? undefined : key;
    const cached = cacheKey === undefined ? undefined : this.#assignedObjects.get(cacheKey);
    if (cached) return cached;
    const members = new Map(base?.members ?? []);
    const summary: CallableSummary = { parameters: base?.parameters ?? EMPTY_PARAMETERS, members };
    // A member that reads the object back while this is being built sees what is there so far.
    if (cacheKey !== undefined) this.#assignedObjects.set(cacheKey, summary);
    for (const [name, value] of assigned) {
      const member = this.#expressionSummary(value);
      if (isInformative(member)) members.set(name, member);
    }
    return summary;
  }

  #importSummary(source: string, imported: string): CallableSummary | undefined {
    const module = this.#module(source);
    if (!module) return undefined;
    return imported === "*" ? { parameters: EMPTY_PARAMETERS, members: module } : module.get(imported);
  }

  #module(source: string): ModuleSummary | undefined {
    if (this.#filename === undefined) return undefined;
    const file = resolveProjectModule(this.#filename, source);
    return file ? moduleSummary(file, this.view, summariseModule, this.#importDepth) : undefined;
  }

  /** `require("./http")` and `require("./http").errors`. */
  #requiredModule(node: AnyNode): ModuleSummary | undefined {
    if (isMember(node)) {
      const name = memberPropertyName(node);
      const owner = this.#requiredModule(unwrap(node.object as AnyNode));
      return name !== undefined && owner ? owner.get(name)?.members : undefined;
    }
    if (!isCall(node) || unwrap(node.callee as AnyNode).type !== "Identifier" || node.callee.name !== "require") return undefined;
    const source = staticString(node.arguments[0] as AnyNode | undefined);
    return source === undefined ? undefined : this.#module(source);
  }

  #nodeSummary(node: AnyNode): CallableSummary {
    const cached = this.#summaries.get(node);
    if (cached) return cached;
    // Recursion (a helper that calls itself, a class that names itself) reads "nothing yet".
    this.#summaries.set(node, NOTHING);
    let summary: CallableSummary;
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression") summary = this.#classSummary(node);
    else if (node.type === "ObjectExpression") summary = { parameters: EMPTY_PARAMETERS, members: this.#objectMembers(node) };
    else summary = { ...this.#callable(node, undefined), returnsResponse: this.#returned(node) === "response" };
    this.#summaries.set(node, summary);
    return summary;
  }

  #classSummary(classNode: AnyNode): CallableSummary {
    const members = new Map<string, CallableSummary>();
    let constructorFn: AnyNode | undefined;
    for (const member of classNode.body.body as AnyNode[]) {
      const fn = functionOfMember(member);
      // An overload signature has no body; the implementation after it says what the method does.
      if (!fn?.body) continue;
      if (member.kind === "constructor") constructorFn = fn;
      else {
        const name = propertyKeyName(member);
        if (name !== undefined && !members.has(name)) members.set(name, this.#callable(fn, undefined));
      }
    }
    const inherited = classNode.superClass ? this.#superClassSummary(classNode.superClass as AnyNode) : undefined;
    for (const [name, summary] of inherited?.members ?? []) if (!members.has(name)) members.set(name, summary);
    if (!constructorFn) {
      return { parameters: inherited?.parameters ?? EMPTY_PARAMETERS, members, parameterKeys: inherited?.parameterKeys, resultKeys: this.#instanceKeys(classNode, undefined) };
    }
    const { parameters, parameterKeys } = this.#callable(constructorFn, classNode);
    return { parameters, members, parameterKeys, resultKeys: this.#instanceKeys(classNode, constructorFn) };
  }

  #objectMembers(object: AnyNode): ReadonlyMap<string, CallableSummary> {
    const members = new Map<string, CallableSummary>();
    for (const property of object.properties as AnyNode[]) {
      const name = property.type === "SpreadElement" ? undefined : propertyKeyName(property);
      if (name === undefined) continue;
      const fn = functionOfMember(property);
      const summary = fn ? this.#callable(fn, undefined) : this.#expressionSummary(property.value as AnyNode);
      if (isInformative(summary)) members.set(name, summary);
    }
    return members;
  }

  /**
   * What `fn` does with its parameters: which reach a status position, which are option objects
   * whose keys do, which are called and have the keys of their result reach one, and which come
   * back under a key of what it returns. One walk of the body answers all four.
   */
  #callable(fn: AnyNode, classNode: AnyNode | undefined): CallableSummary {
    const params = fn.params as AnyNode[];
    const found = new Map<number, SinkCategory>();
    const wanted = new Map<AnyNode, number>();
    for (let index = 0; index < params.length; index++) {
      const param = params[index]!;
      const id = parameterIdentifier(param);
      if (!id) continue;
      if (param.type === "TSParameterProperty" && classNode && STATUS_PROPERTY.test(id.name as string)) {
        if (id.name !== "status" || isErrorClass(classNode)) {
          found.set(index, "error");
          continue;
        }
      }
      wanted.set(id, index);
    }
    if (wanted.size === 0 || !fn.body) return { parameters: found.size > 0 ? found : EMPTY_PARAMETERS, members: NO_MEMBERS };
    const names = new Map<string, AnyNode>();
    for (const id of wanted.keys()) names.set(id.name as string, id);
    const keyed = new KeyedPositions();
    const called = new KeyedPositions();
    const returned: AnyNode[] = [];
    walk(fn.body as AnyNode, (node, parent) => {
      if (node.type === "ReturnStatement") {
        if (node.argument && this.#enclosingFunction(node) === fn) returned.push(node.argument as AnyNode);
        return;
      }
      if (node.type !== "Identifier") return;
      const id = names.get(node.name as string);
      const nodeParent = parent ?? this.#parentOf(node);
      if (!id || !isReference(node, nodeParent)) return;
      const index = wanted.get(id)!;
      if (this.#bindingOf(node)?.id !== id) return;
      const position = locateStatus(node, this.#parentOf, this.view);
      if (position) {
        found.set(index, mostTelling(found.get(index), position.category));
        return;
      }
      if (!nodeParent) return;
      if (isCall(nodeParent) && nodeParent.callee === node) {
        // `const result = await guard(ctx); ctx.set.status = result.code`
        for (const [key, category] of this.#resultKeysReach(nodeParent)) called.add(index, key, category);
      } else if (isMember(nodeParent) && nodeParent.object === node) {
        // `this.status = init.status`
        const key = memberPropertyName(nodeParent);
        const reached = key !== undefined && OPTION_STATUS_KEY.test(key) ? locateStatus(nodeParent, this.#parentOf, this.view) : undefined;
        if (reached) keyed.add(index, key!, reached.category);
      } else if (classNode && isAssignToThis(nodeParent, node) && isErrorClass(classNode)) {
        // `Object.assign(this, init)` in an error's constructor: `init.status` becomes the error's
        for (const key of ["status", "statusCode"]) keyed.add(index, key, "error");
      }
    });
    if (fn.body.type !== "BlockStatement") returned.push(fn.body as AnyNode);
    return {
      parameters: found.size > 0 ? found : EMPTY_PARAMETERS,
      members: NO_MEMBERS,
      parameterKeys: keyed.result(),
      calledResults: called.result(),
      resultKeys: this.#returnedKeys(returned, wanted),
    };
  }

  #enclosingFunction(node: AnyNode): AnyNode | undefined {
    for (let current = this.#parentOf(node); current; current = this.#parentOf(current)) if (isFunctionNode(current)) return current;
    return undefined;
  }

  /** Which of the `wanted` parameters `node` reads, when it is a plain reference to one. */
  #parameterIndex(node: AnyNode, wanted: ReadonlyMap<AnyNode, number>): number | undefined {
    const inner = unwrap(node);
    if (inner.type !== "Identifier") return undefined;
    const id = this.#bindingOf(inner)?.id;
    return id === undefined ? undefined : wanted.get(id);
  }

  /** Keys of the returned values that carry a parameter: `{ code, msg }`, `new Result(code)`, `build(code)`. */
  #returnedKeys(returned: readonly AnyNode[], wanted: ReadonlyMap<AnyNode, number>): ReadonlyMap<string, number> | undefined {
    const keys = new Map<string, number>();
    const conflicting = new Set<string>();
    const put = (key: string, index: number) => {
      if (keys.has(key) && keys.get(key) !== index) conflicting.add(key);
      keys.set(key, index);
    };
    for (const value of returned) {
      const inner = unwrap(value);
      if (inner.type === "ObjectExpression") {
        for (const property of inner.properties as AnyNode[]) {
          if (property.type === "SpreadElement" || property.computed || !isValueProperty(property)) continue;
          const key = propertyKeyName(property);
          const index = this.#parameterIndex(property.value as AnyNode, wanted);
          if (key !== undefined && index !== undefined) put(key, index);
        }
      } else if (isCall(inner) || isNew(inner)) {
        const args = inner.arguments as AnyNode[];
        for (const [key, argument] of this.#constructedKeys(inner)) {
          const index = args[argument] ? this.#parameterIndex(args[argument], wanted) : undefined;
          if (index !== undefined) put(key, index);
        }
      }
    }
    for (const key of conflicting) keys.delete(key);
    return keys.size > 0 ? keys : undefined;
  }

  /** The keys of what a call or `new` gives back that carry one of its arguments. */
  #constructedKeys(call: AnyNode): ReadonlyMap<string, number> {
    const callee = unwrap(call.callee as AnyNode);
    if (isNew(call) && callee.type === "Identifier") {
      // The class's own constructor, read apart from its summary: a static method that returns
      // `new Result(code)` is summarised while the class's summary is still being made.
      const binding = this.#bindingOf(callee);
      if (binding?.kind === "class") return this.#instanceKeys(binding.node, undefined) ?? NO_KEYS;
    }
    return this.#expressionSummary(callee)?.resultKeys ?? NO_KEYS;
  }

  /** The fields a class's constructor sets from its parameters: `this.code = code`, `constructor(public code: number)`. */
  #instanceKeys(classNode: AnyNode, constructorFn: AnyNode | undefined): ReadonlyMap<string, number> | undefined {
    if (this.#instanceKeysByClass.has(classNode)) return this.#instanceKeysByClass.get(classNode);
    this.#instanceKeysByClass.set(classNode, undefined);
    const fn = constructorFn ?? (classNode.body.body as AnyNode[]).map((member) => (member.kind === "constructor" ? functionOfMember(member) : undefined)).find((found) => found?.body);
    let keys: Map<string, number> | undefined;
    if (fn) {
      keys = new Map();
      const params = fn.params as AnyNode[];
      const wanted = new Map<AnyNode, number>();
      params.forEach((param, index) => {
        const id = parameterIdentifier(param);
        if (!id) return;
        if (param.type === "TSParameterProperty") keys!.set(id.name as string, index);
        else wanted.set(id, index);
      });
      if (wanted.size > 0) {
        walk(fn.body as AnyNode, (node) => {
          if (isFunctionNode(node)) return false;
          if (node.type !== "AssignmentExpression" || node.operator !== "=") return;
          const target = unwrap(node.left as AnyNode);
          if (!isMember(target) || unwrap(target.object as AnyNode).type !== "ThisExpression") return;
          const key = memberPropertyName(target);
          const index = this.#parameterIndex(node.right as AnyNode, wanted);
          if (key !== undefined && index !== undefined) keys!.set(key, index);
        });
      }
    } else if (classNode.superClass) {
      keys = this.#superClassSummary(classNode.superClass as AnyNode)?.resultKeys as Map<string, number> | undefined;
    }
    const result = keys && keys.size > 0 ? keys : undefined;
    this.#instanceKeysByClass.set(classNode, result);
    return result;
  }

  /** Where the keys of what a call gives back go: `const r = await guard(ctx); set.status = r.code`, `(await guard(ctx)).code`. */
  #resultKeysReach(call: AnyNode): ReadonlyMap<string, SinkCategory> {
    const { node, parent } = this.#climbValue(call);
    if (!parent) return NO_CATEGORIES;
    if (isMember(parent) && parent.object === node) {
      const key = memberPropertyName(parent);
      const position = key === undefined ? undefined : locateStatus(parent, this.#parentOf, this.view);
      return position ? new Map([[key!, position.category]]) : NO_CATEGORIES;
    }
    if (parent.type !== "VariableDeclarator" || parent.init !== node) return NO_CATEGORIES;
    const scope = this.#declarationScope(parent);
    if (!scope) return NO_CATEGORIES;
    const reached = new Map<string, SinkCategory>();
    const pattern = parent.id as AnyNode;
    if (pattern.type === "Identifier") {
      for (const [use, useParent] of this.#identifiersIn(scope).get(pattern.name as string) ?? []) {
        if (!useParent || !isMember(useParent) || useParent.object !== use || this.#bindingOf(use)?.id !== pattern) continue;
        const key = memberPropertyName(useParent);
        const position = key === undefined ? undefined : locateStatus(useParent, this.#parentOf, this.view);
        if (position) reached.set(key!, mostTelling(reached.get(key!), position.category));
      }
    } else if (pattern.type === "ObjectPattern") {
      for (const property of pattern.properties as AnyNode[]) {
        const key = property.type === "RestElement" ? undefined : propertyKeyName(property);
        const value = property.value?.type === "AssignmentPattern" ? (property.value.left as AnyNode) : (property.value as AnyNode | undefined);
        const category = key !== undefined && value?.type === "Identifier" ? this.#reaches(value, scope) : undefined;
        if (category) reached.set(key!, category);
      }
    }
    return reached;
  }

  /** Up from a value through what keeps it the same value: `await`, `as`, parentheses, a branch of `?:` or `||`. */
  #climbValue(value: AnyNode): { node: AnyNode; parent: AnyNode | undefined } {
    let node = value;
    let parent = this.#parentOf(node);
    while (
      parent &&
      (isValueWrapper(parent) ||
        parent.type === "AwaitExpression" ||
        (parent.type === "ConditionalExpression" && parent.test !== node) ||
        (parent.type === "LogicalExpression" && (parent.operator === "||" || parent.operator === "??")))
    ) {
      node = parent;
      parent = this.#parentOf(node);
    }
    return { node, parent };
  }

  /** The block a declarator's variable lives in: its statement's parent. */
  #declarationScope(declarator: AnyNode): AnyNode | undefined {
    const declaration = this.#parentOf(declarator);
    return declaration ? this.#parentOf(declaration) : undefined;
  }

  // --- Arrays whose elements are iterated into a status position ----------------------------

  elementPosition(array: AnyNode, key?: string): InferredPosition | undefined {
    // Asked once per element: the answer is the array's (per key, for a table of objects).
    if (key === undefined) return remembered(this.#elements, array, () => asPosition(this.#elementCategory(array, undefined)));
    let columns = this.#columns.get(array);
    if (!columns) this.#columns.set(array, (columns = new Map()));
    return remembered(columns, key, () => asPosition(this.#elementCategory(array, key)));
  }

  #elementCategory(array: AnyNode, key: string | undefined): SinkCategory | undefined {
    const parent = this.#parentOf(array);
    if (!parent) return undefined;
    if (parent.type === "VariableDeclarator" && parent.init === array && parent.id.type === "Identifier") {
      // `const codes = [402, 403]`, then `codes.forEach(…)` or `for (const code of codes)`.
      const declaration = this.#parentOf(parent);
      const scope = declaration?.kind === "const" ? this.#parentOf(declaration) : undefined;
      if (!scope) return undefined;
      for (const [node, nodeParent] of this.#identifiersIn(scope).get(parent.id.name as string) ?? []) {
        if (node === parent.id || this.#bindingOf(node)?.id !== parent.id) continue;
        const category = this.#iteration(node, nodeParent ?? this.#parentOf(node), key);
        if (category) return category;
      }
      return undefined;
    }
    return this.#iteration(array, parent, key);
  }

  /**
   * Where the elements of `list` go when `parent` iterates it: a callback's first parameter, or a
   * `for…of` variable. With a `key`, where each element's `key` goes: a test table
   * `[{ url, status: 404 }]` whose rows are read as `route.status` or destructured as `{ status }`.
   */
  #iteration(list: AnyNode, parent: AnyNode | undefined, key: string | undefined): SinkCategory | undefined {
    let element: AnyNode | undefined;
    let body: AnyNode | undefined;
    if (parent?.type === "ForOfStatement" && parent.right === list) {
      const declaration = parent.left as AnyNode;
      element = declaration.type === "VariableDeclaration" ? (declaration.declarations[0]?.id as AnyNode | undefined) : undefined;
      body = parent.body as AnyNode;
    } else if (parent && isMember(parent) && parent.object === list && ELEMENT_CALLBACKS.has(memberPropertyName(parent) ?? "")) {
      const call = this.#parentOf(parent);
      const callback = call && isCall(call) && call.callee === parent ? (call.arguments[0] as AnyNode | undefined) : undefined;
      if (!callback || !isFunctionNode(callback)) return undefined;
      if (key === undefined) return this.#nodeSummary(callback).parameters.get(0);
      element = (callback.params as AnyNode[])[0];
      body = callback.body as AnyNode;
    }
    if (!element || !body) return undefined;
    if (key === undefined) return element.type === "Identifier" ? this.#reaches(element, body) : undefined;
    if (element.type === "Identifier") return this.#memberReaches(element, key, body);
    if (element.type !== "ObjectPattern") return undefined;
    for (const property of element.properties as AnyNode[]) {
      const value = property.value?.type === "AssignmentPattern" ? (property.value.left as AnyNode) : (property.value as AnyNode | undefined);
      if (propertyKeyName(property) === key && value?.type === "Identifier") return this.#reaches(value, body);
    }
    return undefined;
  }

  /** The status position `row.key` reaches in `scope`, for the variable `row` declares. */
  #memberReaches(row: AnyNode, key: string, scope: AnyNode): SinkCategory | undefined {
    let found: SinkCategory | undefined;
    walk(scope, (node) => {
      if (!isMember(node) || memberPropertyName(node) !== key) return;
      const object = unwrap(node.object as AnyNode);
      if (object.type !== "Identifier" || object.name !== row.name || this.#bindingOf(object)?.id !== row) return;
      const position = locateStatus(node, this.#parentOf, this.view);
      if (position) found = mostTelling(found, position.category);
    });
    return found;
  }

  /** The status position a variable's uses in `scope` reach, the most telling one when several do. */
  #reaches(id: AnyNode, scope: AnyNode): SinkCategory | undefined {
    let found: SinkCategory | undefined;
    walk(scope, (node, parent) => {
      if (node.type !== "Identifier" || node.name !== id.name || !isReference(node, parent ?? this.#parentOf(node))) return;
      if (this.#bindingOf(node)?.id !== id) return;
      const position = locateStatus(node, this.#parentOf, this.view);
      if (position) found = mostTelling(found, position.category);
    });
    return found;
  }

  // --- What a module exports (when this file is read as another file's import) ----------------

  exportsOf(statement: AnyNode, put: (name: string, summary: CallableSummary | undefined) => void): void {
    switch (statement.type) {
      case "ExportNamedDeclaration": {
        const declaration = statement.declaration as AnyNode | null | undefined;
        if (declaration) {
          if (declaration.type === "VariableDeclaration") {
            for (const declarator of declaration.declarations as AnyNode[]) {
              if (declarator.id.type === "Identifier" && declarator.init) put(declarator.id.name as string, this.#expressionSummary(declarator.init as AnyNode));
            }
          } else if ((declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && declaration.id?.name) {
            // Types, enums, namespaces and bodiless `declare`/overload signatures take no status.
            put(declaration.id.name as string, this.#nodeSummary(declaration));
          }
          return;
        }
        const source = staticString(statement.source as AnyNode | undefined);
        const from = source === undefined ? undefined : this.#module(source);
        for (const specifier of statement.specifiers as AnyNode[]) {
          const exported = moduleExportName(specifier.exported as AnyNode);
          if (exported === undefined) continue;
          if (specifier.type === "ExportNamespaceSpecifier") {
            if (from) put(exported, { parameters: EMPTY_PARAMETERS, members: from });
            continue;
          }
          const local = moduleExportName(specifier.local as AnyNode);
          if (source !== undefined) put(exported, local === undefined ? undefined : from?.get(local));
          else if (specifier.local?.type === "Identifier") put(exported, this.#expressionSummary(specifier.local as AnyNode));
        }
        return;
      }
      case "ExportAllDeclaration": {
        const source = staticString(statement.source as AnyNode);
        const from = source === undefined ? undefined : this.#module(source);
        if (!from) return;
        const exported = statement.exported ? moduleExportName(statement.exported as AnyNode) : undefined;
        if (exported !== undefined) put(exported, { parameters: EMPTY_PARAMETERS, members: from });
        else for (const [name, summary] of from) if (name !== "default") put(name, summary);
        return;
      }
      case "ExportDefaultDeclaration": {
        const declaration = statement.declaration as AnyNode;
        const isDeclaration = declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration";
        put("default", isDeclaration ? this.#nodeSummary(declaration) : this.#expressionSummary(declaration));
        return;
      }
      case "TSExportAssignment":
        this.#putCommonJsExports(statement.expression as AnyNode, put);
        return;
      case "ExpressionStatement": {
        const assignment = statement.expression as AnyNode;
        if (assignment.type !== "AssignmentExpression" || assignment.operator !== "=") return;
        const left = unwrap(assignment.left as AnyNode);
        if (isCommonJsExports(left, this.#parentOf)) this.#putCommonJsExports(assignment.right as AnyNode, put);
        else if (isMember(left) && this.#assignedObjectKey(unwrap(left.object as AnyNode)) === EXPORTS_OBJECT) {
          const name = memberPropertyName(left);
          if (name !== undefined) put(name, this.#expressionSummary(assignment.right as AnyNode));
        }
        return;
      }
      default:
        return;
    }
  }

  /** `module.exports = X`: X is the default export, and its members are named ones to `import { f }`. */
  #putCommonJsExports(value: AnyNode, put: (name: string, summary: CallableSummary | undefined) => void): void {
    const summary = this.#expressionSummary(value);
    put("default", summary);
    for (const [name, member] of summary?.members ?? []) put(name, member);
  }

  // --- What locals hold ----------------------------------------------------------------------

  holdsStatus(expression: AnyNode): boolean {
    return this.#describe(expression) === "status";
  }

  holdsResponse(expression: AnyNode): boolean {
    return this.#describe(expression) === "response";
  }

  holdsStatusList(identifier: AnyNode): boolean {
    return this.#describe(identifier) === "statuses";
  }

  #describe(expression: AnyNode): Held | undefined {
    const inner = unwrap(expression);
    switch (inner.type) {
      case "Identifier": {
        const binding = this.#bindingOf(inner);
        return binding ? this.#describeBinding(binding) : undefined;
      }
      case "MemberExpression":
      case "OptionalMemberExpression": {
        if (memberPropertyName(inner) === undefined) {
          // `responses[0]`, `codes[i]`; a private `this.#status` names nothing the locator reads
          if (!inner.computed) return undefined;
          const list = this.#describe(inner.object as AnyNode);
          return list === "responses" ? "response" : list === "statuses" ? "status" : undefined;
        }
        return readsStatus(inner, this.#parentOf, this.view) ? "status" : undefined;
      }
      case "CallExpression":
      case "OptionalCallExpression":
        return this.#describeCall(inner);
      case "NewExpression":
        return denotesResponse(inner, this.#parentOf, this.view) ? "response" : undefined;
      case "ObjectExpression":
        return describesResponse(inner) ? "response" : undefined;
      case "ArrayExpression": {
        const kinds = new Set((inner.elements as (AnyNode | null)[]).map((element) => (element && element.type !== "SpreadElement" ? this.#describe(element) : undefined)));
        if (kinds.size !== 1) return undefined;
        const [kind] = kinds;
        return kind === "response" ? "responses" : kind === "status" ? "statuses" : undefined;
      }
      case "LogicalExpression":
        // `const code = err.status || 500`: a status read with a fallback is still one
        return readsStatus(inner, this.#parentOf, this.view) ? "status" : undefined;
      case "ConditionalExpression": {
        const kind = this.#describe(inner.consequent as AnyNode);
        return kind !== undefined && this.#describe(inner.alternate as AnyNode) === kind ? kind : undefined;
      }
      default:
        return undefined;
    }
  }

  #describeCall(call: AnyNode): Held | undefined {
    const callee = unwrap(call.callee as AnyNode);
    const name = calleeName(callee);
    const receiver = isMember(callee) ? (callee.object as AnyNode) : undefined;
    const callback = call.arguments[0] as AnyNode | undefined;
    if (receiver && name === "then" && callback && isFunctionNode(callback)) return this.#returned(callback);
    if (receiver && name === "map" && callback && isFunctionNode(callback)) {
      const each = this.#returned(callback);
      return each === "response" ? "responses" : each === "status" ? "statuses" : undefined;
    }
    if (receiver && name === "all" && unwrap(receiver).type === "Identifier" && unwrap(receiver).name === "Promise") {
      return callback ? this.#describe(callback) : undefined;
    }
    if (readsStatus(call, this.#parentOf, this.view)) return "status";
    if (denotesResponse(call, this.#parentOf, this.view)) return "response";
    // `const link = await getLink(id)` where the project's `getLink` returns `{ response, status }`.
    return this.returnsResponse(call) ? "response" : undefined;
  }

  /** What a callback returns: its expression body, or every `return` of its own block. */
  #returned(fn: AnyNode): Held | undefined {
    const body = fn.body as AnyNode;
    if (body.type !== "BlockStatement") return this.#describe(body);
    const kinds = new Set<Held | undefined>();
    walk(body, (node) => {
      if (node !== fn && isFunctionNode(node)) return false;
      if (node.type === "ReturnStatement") kinds.add(node.argument ? this.#describe(node.argument as AnyNode) : undefined);
    });
    if (kinds.size !== 1) return undefined;
    const [kind] = kinds;
    return kind;
  }

  #describeBinding(binding: Binding): Held | undefined {
    return remembered(this.#held, binding.id, () => this.#computeHeld(binding));
  }

  #computeHeld(binding: Binding): Held | undefined {
    switch (binding.kind) {
      case "variable": {
        if (binding.declarator.id !== binding.id) return this.#destructured(binding);
        const values = assignedValues(binding, this.#parentOf);
        if (!values || values.length === 0) return undefined;
        const kinds = new Set(values.map((value) => this.#describe(value)));
        if (kinds.size !== 1) return undefined;
        const [kind] = kinds;
        return kind;
      }
      case "parameter": {
        if (binding.index !== 0) return undefined;
        const param = (binding.fn.params as AnyNode[])[0]!;
        if (parameterIdentifier(param) === binding.id) return this.#callbackElement(binding.fn) ?? requestCallbackResponse(binding.fn, this.#parentOf);
        // `.then(({ status }) => status === 304)`; Elysia's `onError(({ code }) => code === 404)`
        const key = destructuredKey(binding.id, param, this.#parentOf);
        if ((key === "status" || key === "statusCode") && this.#callbackElement(binding.fn) === "response") return "status";
        return key === "code" && isElysiaErrorHook(binding.fn, param, this.#parentOf) ? "status" : undefined;
      }
      case "catch":
        return throwsChildProcess(binding.clause, this.#parentOf) ? undefined : "response";
      default:
        return undefined;
    }
  }

  /** `const { status: s } = await api.get(…)`, `const [first] = responses`. */
  #destructured(binding: Binding & { kind: "variable" }): Held | undefined {
    const init = binding.declarator.init as AnyNode | null | undefined;
    if (!init || !binding.constant) return undefined;
    const pattern = binding.declarator.id as AnyNode;
    const source = this.#describe(init);
    if (pattern.type === "ObjectPattern" && source === "response") {
      const key = destructuredKey(binding.id, binding.declarator, this.#parentOf);
      return key === "status" || key === "statusCode" ? "status" : undefined;
    }
    if (pattern.type === "ArrayPattern" && (pattern.elements as AnyNode[]).includes(binding.id)) {
      return source === "responses" ? "response" : source === "statuses" ? "status" : undefined;
    }
    return undefined;
  }

  /** The first parameter of `fetch(u).then((r) => …)` or `responses.map((r) => …)`. */
  #callbackElement(fn: AnyNode): Held | undefined {
    const call = this.#parentOf(fn);
    if (!call || !isCall(call) || call.arguments[0] !== fn) return undefined;
    const callee = unwrap(call.callee as AnyNode);
    if (!isMember(callee)) return undefined;
    const name = memberPropertyName(callee) ?? "";
    const receiver = callee.object as AnyNode;
    if (name === "then") return denotesResponse(receiver, this.#parentOf, this.view) || this.#describe(receiver) === "response" ? "response" : undefined;
    if (ELEMENT_CALLBACKS.has(name)) {
      const list = this.#describe(receiver);
      return list === "responses" ? "response" : list === "statuses" ? "status" : undefined;
    }
    return undefined;
  }
}

/** How many modules away an importer, read for a reverse look-up, still follows its own imports (the runner it hands a guard to may live in one). */
const IMPORTER_DEPTH = 2;

/**
 * The inference of an importer, per parse of it and catalogue: a route module that imports a
 * hundred guards is asked about each of them, and its bindings and summaries are worked out once.
 * Keyed by the parsed tree, which `./modules.ts` replaces when the file changes.
 */
const importerInferences = new WeakMap<AnyNode, WeakMap<object, FileInference>>();

function importerInference(parsed: ParsedModule, file: string, catalogue: Catalogue): FileInference {
  let byCatalogue = importerInferences.get(parsed.program);
  if (!byCatalogue) importerInferences.set(parsed.program, (byCatalogue = new WeakMap()));
  let inference = byCatalogue.get(catalogue.calls);
  if (!inference) byCatalogue.set(catalogue.calls, (inference = new FileInference(catalogue, file, parsed.parentOf, IMPORTER_DEPTH)));
  return inference;
}

/** Status positions by parameter and key, keeping the most telling one of each. */
class KeyedPositions {
  readonly #byIndex = new Map<number, Map<string, SinkCategory>>();

  add(index: number, key: string, category: SinkCategory): void {
    let byKey = this.#byIndex.get(index);
    if (!byKey) this.#byIndex.set(index, (byKey = new Map()));
    byKey.set(key, mostTelling(byKey.get(key), category));
  }

  result(): ReadonlyMap<number, ReadonlyMap<string, SinkCategory>> | undefined {
    return this.#byIndex.size > 0 ? this.#byIndex : undefined;
  }
}

/** The identifier a function is known by in its module: `function f`, `const f = () => …`. */
function functionName(fn: AnyNode, parentOf: ParentOf): AnyNode | undefined {
  if (fn.type === "FunctionDeclaration") return (fn.id as AnyNode | null) ?? undefined;
  let node = fn;
  let parent = parentOf(node);
  while (parent && isValueWrapper(parent)) {
    node = parent;
    parent = parentOf(node);
  }
  return parent?.type === "VariableDeclarator" && parent.init === node && parent.id.type === "Identifier" ? (parent.id as AnyNode) : undefined;
}

/** The `export` a function's own declaration stands in: `export function f`, `export const f = …`, `export default function f`. */
function exportingDeclaration(name: AnyNode, fn: AnyNode, parentOf: ParentOf): AnyNode | undefined {
  const declaration = fn.type === "FunctionDeclaration" ? fn : parentOf(parentOf(name) ?? name);
  const parent = declaration ? parentOf(declaration) : undefined;
  return parent?.type === "ExportNamedDeclaration" || parent?.type === "ExportDefaultDeclaration" ? parent : undefined;
}

/** `Object.assign(this, init)`: `node` is copied onto the object being constructed. */
function isAssignToThis(call: AnyNode, node: AnyNode): boolean {
  if (!isCall(call) || calleePath(call.callee as AnyNode).join(".") !== "Object.assign") return false;
  const args = call.arguments as AnyNode[];
  return args.indexOf(node) > 0 && unwrap(args[0]!).type === "ThisExpression";
}

/** An answer worked out once; while it is being worked out, a recursive question meets "none". */
function remembered<Key, Value>(answers: Map<Key, Value | null>, key: Key, find: () => Value | undefined): Value | undefined {
  const known = answers.get(key);
  if (known !== undefined) return known ?? undefined;
  answers.set(key, null);
  const value = find();
  answers.set(key, value ?? null);
  return value;
}

function asPosition(category: SinkCategory | undefined): InferredPosition | undefined {
  return category ? { category } : undefined;
}

function isClassMember(node: AnyNode | undefined): boolean {
  return node?.type === "MethodDefinition" || node?.type === "TSAbstractMethodDefinition" || node?.type === "PropertyDefinition" || node?.type === "ClassProperty";
}

/** The function of a class or object member: a method, or a property whose value is a function. */
function functionOfMember(member: AnyNode): AnyNode | undefined {
  switch (member.type) {
    case "MethodDefinition":
    case "TSAbstractMethodDefinition":
      return member.value as AnyNode;
    case "ClassMethod":
    case "ObjectMethod":
      return member;
    case "Property":
    case "ObjectProperty":
    case "PropertyDefinition":
    case "ClassProperty": {
      const value = member.value ? unwrap(member.value as AnyNode) : undefined;
      return value && isFunctionNode(value) ? value : undefined;
    }
    default:
      return undefined;
  }
}

/** The name a parameter binds, for the plain shapes: `code`, `code = 500`, `readonly status: number`. */
function parameterIdentifier(param: AnyNode): AnyNode | undefined {
  const inner = param.type === "TSParameterProperty" ? (param.parameter as AnyNode) : param;
  if (inner.type === "Identifier") return inner;
  if (inner.type === "AssignmentPattern" && inner.left.type === "Identifier") return inner.left as AnyNode;
  return undefined;
}

/** The key an identifier is taken out under in `const { key: id } = …` or a parameter `({ key: id })` (one level deep). */
function destructuredKey(id: AnyNode, declaratorOrPattern: AnyNode, parentOf: ParentOf): string | undefined {
  const pattern = declaratorOrPattern.type === "VariableDeclarator" ? (declaratorOrPattern.id as AnyNode) : declaratorOrPattern;
  let property = parentOf(id);
  if (property?.type === "AssignmentPattern") property = parentOf(property);
  if (!property || (property.type !== "Property" && property.type !== "ObjectProperty")) return undefined;
  return parentOf(property) === pattern ? propertyKeyName(property) : undefined;
}

/** jQuery's requests: `$.ajax(…)`, `jQuery.get(…)`; their failure callbacks get the jqXHR, which has the status. */
const JQUERY_REQUEST = /^(?:\$|jQuery)\.(?:ajax|get|post|getJSON)$/;
const JQUERY_FAILURE_CALLBACKS = new Set(["error", "complete"]);
const JQUERY_FAILURE_METHODS = new Set(["fail", "error", "always"]);

function isJqueryRequest(node: AnyNode): boolean {
  return isCall(node) && JQUERY_REQUEST.test(calleePath(node.callee as AnyNode).join("."));
}

/**
 * `$.ajax({ error(xhr) { … } })`, `$.get(url).fail((xhr) => …)`: the first parameter is the request's
 * jqXHR, a response whatever it is called.
 */
function requestCallbackResponse(fn: AnyNode, parentOf: ParentOf): Held | undefined {
  const parent = parentOf(fn);
  if (!parent) return undefined;
  // `error: function (xhr) {…}`, `error(xhr) {…}` (a method's function hangs on a Property; Babel's is an ObjectMethod)
  if (((parent.type === "Property" || parent.type === "ObjectProperty") && parent.value === fn) || fn.type === "ObjectMethod") {
    const property = fn.type === "ObjectMethod" ? fn : parent;
    const options = fn.type === "ObjectMethod" ? parent : parentOf(parent);
    const call = options ? parentOf(options) : undefined;
    return JQUERY_FAILURE_CALLBACKS.has(propertyKeyName(property) ?? "") && call !== undefined && isJqueryRequest(call) && (call.arguments as AnyNode[]).includes(options!)
      ? "response"
      : undefined;
  }
  if (!isCall(parent) || parent.arguments[0] !== fn) return undefined;
  const callee = unwrap(parent.callee as AnyNode);
  if (!isMember(callee) || !JQUERY_FAILURE_METHODS.has(memberPropertyName(callee) ?? "")) return undefined;
  // Down the promise chain to the request: `$.get(u).done(…).fail(…)`
  let receiver: AnyNode | undefined = unwrap(callee.object as AnyNode);
  for (let depth = 0; receiver && isCall(receiver) && depth < 6; depth++) {
    if (isJqueryRequest(receiver)) return "response";
    const link = unwrap(receiver.callee as AnyNode);
    receiver = isMember(link) ? unwrap(link.object as AnyNode) : undefined;
  }
  return undefined;
}

/** Keys of the context Elysia hands its `onError` hook, next to `code`. */
const ELYSIA_ERROR_CONTEXT = new Set(["error", "set", "request", "path", "status", "redirect", "route"]);

/**
 * Elysia's `onError(({ code, error, set }) => …)`: `code` is a string for Elysia's own errors and
 * the HTTP status for a thrown `status(…)`, so a number it is compared with is a status. The
 * pattern must take another key of that context too, so a WebSocket's `onError(({ code }) …)` stays out.
 */
function isElysiaErrorHook(fn: AnyNode, pattern: AnyNode, parentOf: ParentOf): boolean {
  if (pattern.type !== "ObjectPattern") return false;
  const call = parentOf(fn);
  if (!call || !isCall(call) || call.arguments.at(-1) !== fn) return false;
  const callee = unwrap(call.callee as AnyNode);
  if (!isMember(callee) || memberPropertyName(callee) !== "onError") return false;
  return (pattern.properties as AnyNode[]).some((property) => ELYSIA_ERROR_CONTEXT.has(propertyKeyName(property) ?? ""));
}

function throwsChildProcess(clause: AnyNode, parentOf: ParentOf): boolean {
  const tryStatement = parentOf(clause);
  if (!tryStatement?.block) return false;
  let found = false;
  walk(tryStatement.block as AnyNode, (node) => {
    if (found) return false;
    if ((isCall(node) || isNew(node)) && CHILD_PROCESS_CALLS.has(calleeName(node.callee as AnyNode) ?? "")) found = true;
  });
  return found;
}

// --- Other modules -------------------------------------------------------------------------------

/** What a parsed module exports that takes a status: ES exports, re-exports and CommonJS `module.exports`. */
function summariseModule(program: AnyNode, parentOf: ParentOf, filename: string, catalogue: Catalogue, importDepth: number): ModuleSummary {
  const inference = new FileInference(catalogue, filename, parentOf, importDepth);
  const exports = new Map<string, CallableSummary>();
  const put = (name: string, summary: CallableSummary | undefined) => {
    if (isInformative(summary)) exports.set(name, summary);
  };
  for (const statement of program.body as AnyNode[]) inference.exportsOf(statement, put);
  return exports.size > 0 ? exports : EMPTY_MODULE;
}

function moduleExportName(node: AnyNode | undefined): string | undefined {
  if (!node) return undefined;
  return node.type === "Identifier" ? (node.name as string) : staticString(node);
}

/** `module.exports`, or a free `exports`: the object a CommonJS module exports. */
function isCommonJsExports(node: AnyNode, parentOf: ParentOf): boolean {
  if (node.type === "Identifier") return node.name === "exports" && findBinding(node, parentOf) === undefined;
  if (!isMember(node) || memberPropertyName(node) !== "exports") return false;
  const object = unwrap(node.object as AnyNode);
  return object.type === "Identifier" && object.name === "module" && findBinding(object, parentOf) === undefined;
}
