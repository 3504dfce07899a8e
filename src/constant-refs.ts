/**
 * Which expressions name a constant of a known status library: `StatusCodes.PROCESSING`,
 * `S.PROCESSING` (aliased import), `ns.StatusCodes.PROCESSING` (namespace), `status.USE_PROXY`
 * (http-status), `HttpStatus.PROCESSING`, `http2.constants.HTTP_STATUS_PROCESSING`, in ESM,
 * CommonJS `require` and TypeScript `import x = require()` forms.
 *
 * Syntax only, over ESTree and Babel shapes alike: the file's top-level bindings are gathered once,
 * and a reference is matched against them by name. Whether a name really refers to that binding
 * (and is not a parameter shadowing it) is a scope question the caller answers with its own
 * scope tool (ESLint's scope manager, jscodeshift's scope).
 */
import { type AnyNode, isMember, memberPropertyName, propertyKeyName, staticString, unwrap } from "./ast";
import { BUILTIN_LIBRARIES, BUILTIN_LIBRARY_IDS, type ConstantLibrary } from "./libraries";

/**
 * - `object`: the local is the constants object itself (`StatusCodes`, `status`, `constants`);
 * - `namespace`: the local is the whole module (`import * as ns`, `require(m)`), constants sit under
 *   the library's export name (`ns.StatusCodes.X`);
 * - `member`: the local is one constant (`import { PROCESSING } from "http-status-codes"`, legacy).
 */
export type ConstantBindingKind = "object" | "namespace" | "member";

export interface ConstantBinding {
  readonly library: ConstantLibrary;
  readonly kind: ConstantBindingKind;
  readonly local: string;
  /** The identifier that declares the local; a scope check compares the resolved definition with it. */
  readonly id: AnyNode;
  /** The constant a `member` binding stands for. */
  readonly member?: string;
  /** Reached through a deprecated form (http-status-codes' default export): it resolves, but new code should not be written against it. */
  readonly legacy?: boolean;
}

/** A file's constant-library bindings by local name. */
export type ConstantBindings = ReadonlyMap<string, ConstantBinding>;

export interface ConstantRef {
  readonly library: ConstantLibrary;
  readonly member: string;
  readonly code: number;
  readonly binding: ConstantBinding;
  /** The whole expression naming the constant (a member expression, or an identifier for a `member` binding). */
  readonly node: AnyNode;
  /** The identifier at the root of the expression, whose binding the caller checks. */
  readonly root: AnyNode;
  /** The node holding the constant's name (`PROCESSING`), replaceable by another member's name; absent for a `member` binding. */
  readonly property?: AnyNode;
}

/**
 * Legacy shapes that still name constants, per library:
 * - `flatModule`: the module object itself carries the members: http-status-codes' deprecated
 *   top-level exports (`import { PROCESSING }`, `ns.PROCESSING`), http-status v1's
 *   `require("http-status").NOT_FOUND`;
 * - `defaultIsObject`: the default export is an object with the same member names
 *   (http-status-codes' deprecated default export).
 */
const LEGACY: Readonly<Record<string, { readonly flatModule: boolean; readonly defaultIsObject: boolean }>> = {
  "http-status-codes": { flatModule: true, defaultIsObject: true },
  "http-status": { flatModule: true, defaultIsObject: true },
};

function libraryFor(specifier: string | undefined, extra: readonly ConstantLibrary[]): ConstantLibrary | undefined {
  if (specifier === undefined) return undefined;
  for (const id of BUILTIN_LIBRARY_IDS) {
    if (BUILTIN_LIBRARIES[id].modules.includes(specifier)) return BUILTIN_LIBRARIES[id];
  }
  return extra.find((library) => library.modules.includes(specifier));
}

function isTypeOnly(node: AnyNode): boolean {
  return node.importKind === "type" || node.importKind === "typeof";
}

function identifierName(node: AnyNode | undefined | null): string | undefined {
  if (!node) return undefined;
  if (node.type === "Identifier") return node.name as string;
  return staticString(node);
}

/** What a default import of the library gives, as a binding kind. */
function defaultKind(library: ConstantLibrary): ConstantBindingKind | undefined {
  if (library.defaultImport === "export") return "object";
  if (library.defaultImport === "namespace") return "namespace";
  return LEGACY[library.id]?.defaultIsObject ? "object" : undefined;
}

/** `import`ed name → binding kind (and member, for a legacy single constant). */
function namedKind(library: ConstantLibrary, imported: string): { kind: ConstantBindingKind; member?: string } | undefined {
  if (imported === library.exportName) return { kind: "object" };
  if (imported === "default") {
    const kind = defaultKind(library);
    return kind ? { kind } : undefined;
  }
  if (LEGACY[library.id]?.flatModule && library.codeFor(imported) !== undefined) return { kind: "member", member: imported };
  return undefined;
}

function requiredModule(node: AnyNode | undefined | null): string | undefined {
  if (!node || node.type !== "CallExpression") return undefined;
  const callee = node.callee as AnyNode;
  if (callee.type !== "Identifier" || callee.name !== "require" || node.arguments.length !== 1) return undefined;
  return staticString(node.arguments[0] as AnyNode);
}

function addBinding(bindings: Map<string, ConstantBinding>, binding: ConstantBinding): void {
  // A name bound twice at the top level is a syntax error; keep the first rather than guess.
  if (!bindings.has(binding.local)) bindings.set(binding.local, binding);
}

function gatherImport(declaration: AnyNode, bindings: Map<string, ConstantBinding>, extra: readonly ConstantLibrary[]): void {
  if (isTypeOnly(declaration)) return;
  const library = libraryFor(staticString(declaration.source as AnyNode), extra);
  if (!library) return;
  for (const specifier of declaration.specifiers as AnyNode[]) {
    const id = specifier.local as AnyNode;
    const local = id.name as string;
    if (specifier.type === "ImportNamespaceSpecifier") {
      addBinding(bindings, { library, kind: "namespace", local, id });
    } else if (specifier.type === "ImportDefaultSpecifier") {
      const kind = defaultKind(library);
      if (kind) addBinding(bindings, { library, kind, local, id, legacy: library.defaultImport === "none" });
    } else if (specifier.type === "ImportSpecifier" && !isTypeOnly(specifier)) {
      const imported = identifierName(specifier.imported as AnyNode);
      const named = imported === undefined ? undefined : namedKind(library, imported);
      if (named) addBinding(bindings, { library, local, id, ...named });
    }
  }
}

function gatherRequire(declarator: AnyNode, bindings: Map<string, ConstantBinding>, extra: readonly ConstantLibrary[]): void {
  const init = declarator.init ? unwrap(declarator.init as AnyNode) : undefined;
  if (!init) return;
  const target = declarator.id as AnyNode;
  const direct = libraryFor(requiredModule(init), extra);
  if (direct) {
    // `const m = require(m)` is the module object; `const { StatusCodes } = require(m)` picks exports from it.
    if (target.type === "Identifier") {
      addBinding(bindings, { library: direct, kind: "namespace", local: target.name as string, id: target });
    } else if (target.type === "ObjectPattern") {
      for (const property of target.properties as AnyNode[]) {
        if (property.type === "RestElement") continue;
        const key = propertyKeyName(property);
        const value = unwrap(property.value.type === "AssignmentPattern" ? property.value.left : property.value);
        if (key === undefined || value.type !== "Identifier") continue;
        const named = namedKind(direct, key);
        if (named) addBinding(bindings, { library: direct, local: value.name as string, id: value, ...named });
      }
    }
    return;
  }
  // `const StatusCodes = require("http-status-codes").StatusCodes`
  if (isMember(init) && target.type === "Identifier") {
    const library = libraryFor(requiredModule(unwrap(init.object as AnyNode)), extra);
    const name = memberPropertyName(init);
    const named = library && name !== undefined ? namedKind(library, name) : undefined;
    if (library && named) addBinding(bindings, { library, local: target.name as string, id: target, ...named });
  }
}

/**
 * The file's top-level bindings of constant libraries (the built-ins, plus `extra` such as a project's
 * own module); `import type` and type-only specifiers are left out.
 */
export function gatherConstantBindings(program: AnyNode, extra: readonly ConstantLibrary[] = []): ConstantBindings {
  const bindings = new Map<string, ConstantBinding>();
  for (const statement of program.body as AnyNode[]) {
    const node =
      statement.type === "ExportNamedDeclaration" && statement.declaration ? (statement.declaration as AnyNode) : statement;
    if (node.type === "ImportDeclaration") {
      gatherImport(node, bindings, extra);
    } else if (node.type === "VariableDeclaration") {
      for (const declarator of node.declarations as AnyNode[]) gatherRequire(declarator, bindings, extra);
    } else if (node.type === "TSImportEqualsDeclaration" && !isTypeOnly(node)) {
      const reference = node.moduleReference as AnyNode;
      const library = reference.type === "TSExternalModuleReference" ? libraryFor(staticString(reference.expression as AnyNode), extra) : undefined;
      if (library) addBinding(bindings, { library, kind: "namespace", local: node.id.name as string, id: node.id as AnyNode });
    }
  }
  return bindings;
}

function refFor(binding: ConstantBinding, member: string, node: AnyNode, root: AnyNode, property?: AnyNode): ConstantRef | undefined {
  const code = binding.library.codeFor(member);
  if (code === undefined) return undefined;
  return property ? { library: binding.library, member, code, binding, node, root, property } : { library: binding.library, member, code, binding, node, root };
}

/**
 * The library constant `node` names, if any, judged by syntax and the gathered bindings:
 * a member expression `X.MEMBER` / `ns.Export.MEMBER`, or a bare identifier bound to one legacy
 * constant. The caller must still check that `root` refers to `binding` (not a shadowing local),
 * and, for a bare identifier, that it is a reference at all.
 */
export function resolveConstantRef(node: AnyNode, bindings: ConstantBindings): ConstantRef | undefined {
  if (bindings.size === 0) return undefined;
  if (node.type === "Identifier") {
    const binding = bindings.get(node.name as string);
    return binding?.kind === "member" && binding.member !== undefined ? refFor(binding, binding.member, node, node) : undefined;
  }
  if (!isMember(node)) return undefined;
  const member = memberPropertyName(node);
  if (member === undefined) return undefined;
  const property = node.property as AnyNode;
  const object = unwrap(node.object as AnyNode);
  if (object.type === "Identifier") {
    const binding = bindings.get(object.name as string);
    if (!binding) return undefined;
    if (binding.kind === "object") return refFor(binding, member, node, object, property);
    if (binding.kind === "namespace" && LEGACY[binding.library.id]?.flatModule) return refFor(binding, member, node, object, property);
    return undefined;
  }
  if (isMember(object)) {
    const root = unwrap(object.object as AnyNode);
    if (root.type !== "Identifier") return undefined;
    const binding = bindings.get(root.name as string);
    if (binding?.kind !== "namespace") return undefined;
    const exported = memberPropertyName(object);
    const library = binding.library;
    const reachesConstants =
      exported === library.exportName || (exported === "default" && defaultKind(library) === "object");
    return reachesConstants ? refFor(binding, member, node, root, property) : undefined;
  }
  return undefined;
}
