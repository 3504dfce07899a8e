/**
 * Which declaration a name refers to, read from the tree alone: the same answer under ESLint's
 * TSESTree and a codemod's Babel tree, so both front ends infer the same things. It climbs from the
 * name to the nearest enclosing function, block or clause that declares it; no scope manager is
 * built, and the cost is paid only for the names the locator asks about.
 *
 * Deliberately partial: a `var` declared in a nested block of a function, `with` and `eval` are not
 * followed. An unresolved name infers nothing, which keeps the answer precise.
 */
import { type AnyNode, isFunctionNode, isNode, type ParentOf, unwrap } from "../ast";

export type Binding =
  /** `const x = …`, `let x`, `var x`, and names inside a destructuring pattern of one. */
  | { readonly kind: "variable"; readonly id: AnyNode; readonly declarator: AnyNode; readonly constant: boolean; readonly scope: AnyNode }
  | { readonly kind: "parameter"; readonly id: AnyNode; readonly fn: AnyNode; readonly index: number }
  | { readonly kind: "function" | "class"; readonly id: AnyNode; readonly node: AnyNode }
  /** `import x from "./m"` (imported "default"), `import { a as x }` ("a"), `import * as x` ("*"), `import x = require("./m")` ("*"). */
  | { readonly kind: "import"; readonly id: AnyNode; readonly source: string; readonly imported: string }
  | { readonly kind: "catch"; readonly id: AnyNode; readonly clause: AnyNode };

const BLOCKS = new Set(["Program", "BlockStatement", "StaticBlock", "TSModuleBlock"]);
const LOOPS = new Set(["ForStatement", "ForInStatement", "ForOfStatement"]);

/** The identifier a pattern binds under `name` (`x` in `{ a: [x] = [] }`), if it binds that name. */
export function identifierInPattern(pattern: AnyNode | null | undefined, name: string): AnyNode | undefined {
  if (!pattern) return undefined;
  switch (pattern.type) {
    case "Identifier":
      return pattern.name === name ? pattern : undefined;
    case "AssignmentPattern":
      return identifierInPattern(pattern.left as AnyNode, name);
    case "RestElement":
      return identifierInPattern(pattern.argument as AnyNode, name);
    case "TSParameterProperty":
      return identifierInPattern(pattern.parameter as AnyNode, name);
    case "ArrayPattern":
      for (const element of pattern.elements as (AnyNode | null)[]) {
        const found = identifierInPattern(element, name);
        if (found) return found;
      }
      return undefined;
    case "ObjectPattern":
      for (const property of pattern.properties as AnyNode[]) {
        const found = identifierInPattern(property.type === "RestElement" ? property : (property.value as AnyNode), name);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

function fromDeclaration(declaration: AnyNode, name: string, scope: AnyNode): Binding | undefined {
  for (const declarator of declaration.declarations as AnyNode[]) {
    const id = identifierInPattern(declarator.id as AnyNode, name);
    if (id) return { kind: "variable", id, declarator, constant: declaration.kind === "const", scope };
  }
  return undefined;
}

function fromStatement(statement: AnyNode, name: string, scope: AnyNode): Binding | undefined {
  switch (statement.type) {
    case "VariableDeclaration":
      return fromDeclaration(statement, name, scope);
    case "FunctionDeclaration":
      return statement.id?.name === name ? { kind: "function", id: statement.id as AnyNode, node: statement } : undefined;
    case "ClassDeclaration":
      return statement.id?.name === name ? { kind: "class", id: statement.id as AnyNode, node: statement } : undefined;
    case "ExportNamedDeclaration":
    case "ExportDefaultDeclaration": {
      const declaration = statement.declaration as AnyNode | null | undefined;
      return declaration && isNode(declaration) ? fromStatement(declaration, name, scope) : undefined;
    }
    case "ImportDeclaration": {
      if (statement.importKind === "type") return undefined;
      const source = statement.source.value as string;
      for (const specifier of statement.specifiers as AnyNode[]) {
        if (specifier.local?.name !== name || specifier.importKind === "type") continue;
        const imported =
          specifier.type === "ImportDefaultSpecifier"
            ? "default"
            : specifier.type === "ImportNamespaceSpecifier"
              ? "*"
              : ((specifier.imported?.name ?? specifier.imported?.value) as string);
        return { kind: "import", id: specifier.local as AnyNode, source, imported };
      }
      return undefined;
    }
    case "TSImportEqualsDeclaration": {
      const reference = statement.moduleReference as AnyNode;
      if (statement.id?.name !== name || reference?.type !== "TSExternalModuleReference") return undefined;
      return { kind: "import", id: statement.id as AnyNode, source: reference.expression.value as string, imported: "*" };
    }
    default:
      return undefined;
  }
}

function fromFunction(fn: AnyNode, name: string): Binding | undefined {
  const params = fn.params as AnyNode[];
  for (let index = 0; index < params.length; index++) {
    const id = identifierInPattern(params[index], name);
    if (id) return { kind: "parameter", id, fn, index };
  }
  // A named function expression sees its own name.
  if (fn.type === "FunctionExpression" && fn.id?.name === name) return { kind: "function", id: fn.id as AnyNode, node: fn };
  return undefined;
}

/** The names a statement of a block declares (what `fromStatement` can find). */
function namesDeclaredBy(statement: AnyNode, out: string[]): void {
  switch (statement.type) {
    case "VariableDeclaration":
      for (const declarator of statement.declarations as AnyNode[]) namesInPattern(declarator.id as AnyNode, out);
      return;
    case "FunctionDeclaration":
    case "ClassDeclaration":
    case "TSImportEqualsDeclaration":
      if (statement.id?.name) out.push(statement.id.name as string);
      return;
    case "ExportNamedDeclaration":
    case "ExportDefaultDeclaration": {
      const declaration = statement.declaration as AnyNode | null | undefined;
      if (declaration && isNode(declaration)) namesDeclaredBy(declaration, out);
      return;
    }
    case "ImportDeclaration":
      for (const specifier of statement.specifiers as AnyNode[]) if (specifier.local?.name) out.push(specifier.local.name as string);
      return;
    default:
      return;
  }
}

/**
 * What a block's own statements declare, by name, the first declaration of a name winning. A block
 * asked about once is scanned; one asked about again gets a map, so a module whose names are looked
 * up hundreds of times (the codemod's inference over a large CommonJS file) reads a map instead of
 * rescanning. Keyed by the block node, so it belongs to one tree and goes away with it.
 */
const declarationsByBlock = new WeakMap<AnyNode, ReadonlyMap<string, Binding> | "scanned once">();

function declarationIn(block: AnyNode, name: string): Binding | undefined {
  const known = declarationsByBlock.get(block);
  if (known === undefined) {
    declarationsByBlock.set(block, "scanned once");
    for (const statement of block.body as AnyNode[]) {
      const found = fromStatement(statement, name, block);
      if (found) return found;
    }
    return undefined;
  }
  return (known === "scanned once" ? declaredIn(block) : known).get(name);
}

function declaredIn(block: AnyNode): ReadonlyMap<string, Binding> {
  const declared = new Map<string, Binding>();
  const names: string[] = [];
  for (const statement of block.body as AnyNode[]) {
    names.length = 0;
    namesDeclaredBy(statement, names);
    for (const name of names) {
      if (declared.has(name)) continue;
      const binding = fromStatement(statement, name, block);
      if (binding) declared.set(name, binding);
    }
  }
  declarationsByBlock.set(block, declared);
  return declared;
}

/** The declaration `identifier` (a reference) resolves to, or undefined for a global or an unfollowed name. */
export function findBinding(identifier: AnyNode, parentOf: ParentOf): Binding | undefined {
  const name = identifier.name as string;
  let child: AnyNode = identifier;
  for (let node = parentOf(identifier); node; child = node, node = parentOf(node)) {
    let found: Binding | undefined;
    if (BLOCKS.has(node.type)) {
      found = declarationIn(node, name);
    } else if (isFunctionNode(node)) {
      // Default values and the body see the parameters; a method's key does not.
      if (child !== node.key) found = fromFunction(node, name);
    } else if (LOOPS.has(node.type)) {
      const head = (node.init ?? node.left) as AnyNode | undefined;
      if (head?.type === "VariableDeclaration") found = fromDeclaration(head, name, node);
    } else if (node.type === "CatchClause") {
      const id = identifierInPattern(node.param as AnyNode | null, name);
      if (id) found = { kind: "catch", id, clause: node };
    } else if (node.type === "ClassExpression" && node.id?.name === name) {
      found = { kind: "class", id: node.id as AnyNode, node };
    } else if (node.type === "SwitchCase" || node.type === "SwitchStatement") {
      const cases = (node.type === "SwitchCase" ? [node] : (node.cases as AnyNode[])) as AnyNode[];
      for (const switchCase of cases) {
        for (const statement of switchCase.consequent as AnyNode[]) {
          found = fromStatement(statement, name, node);
          if (found) break;
        }
        if (found) break;
      }
    }
    if (found) return found;
  }
  return undefined;
}

/** Keys that never hold a runtime reference (positions, comments, types), and the parent link of TSESTree. */
const NOT_CHILDREN = new Set([
  "parent",
  "type",
  "loc",
  "range",
  "start",
  "end",
  "extra",
  "comments",
  "leadingComments",
  "trailingComments",
  "innerComments",
  "tokens",
  "typeAnnotation",
  "returnType",
  "typeParameters",
  "typeArguments",
  "superTypeParameters",
  "superTypeArguments",
  "decorators",
]);

/** Every node below `root`, depth first, in either tree shape; `enter` returning false skips a subtree. */
export function walk(root: AnyNode, enter: (node: AnyNode, parent: AnyNode | undefined) => boolean | void): void {
  const stack: [AnyNode, AnyNode | undefined][] = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (enter(node, parent) === false) continue;
    for (const key in node) {
      if (NOT_CHILDREN.has(key)) continue;
      const value = node[key];
      if (value === null || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push([value[i] as AnyNode, node]);
      } else if (isNode(value)) {
        stack.push([value, node]);
      }
    }
  }
}

/** Is this identifier, under `parent`, a read of a variable (not a property name, key, label or declaration)? */
export function isReference(identifier: AnyNode, parent: AnyNode | undefined): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case "MemberExpression":
    case "OptionalMemberExpression":
      return parent.object === identifier || parent.computed === true;
    case "Property":
    case "ObjectProperty":
      return parent.value === identifier || (parent.computed === true && parent.key === identifier);
    case "MethodDefinition":
    case "PropertyDefinition":
    case "ClassProperty":
    case "ClassMethod":
    case "ObjectMethod":
    case "TSPropertySignature":
      return parent.computed === true && parent.key === identifier;
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
    case "ImportSpecifier":
    case "ImportDefaultSpecifier":
    case "ImportNamespaceSpecifier":
    case "ExportSpecifier":
      return false;
    case "VariableDeclarator":
      return parent.init === identifier;
    default:
      return !(isFunctionNode(parent) && parent.id === identifier);
  }
}

/** Every name a destructuring pattern binds or assigns. */
function namesInPattern(pattern: AnyNode | null | undefined, out: string[]): void {
  if (!pattern) return;
  switch (pattern.type) {
    case "Identifier":
      out.push(pattern.name as string);
      return;
    case "AssignmentPattern":
      namesInPattern(pattern.left as AnyNode, out);
      return;
    case "RestElement":
      namesInPattern(pattern.argument as AnyNode, out);
      return;
    case "ArrayPattern":
      for (const element of pattern.elements as (AnyNode | null)[]) namesInPattern(element, out);
      return;
    case "ObjectPattern":
      for (const property of pattern.properties as AnyNode[]) namesInPattern(property.type === "RestElement" ? property : (property.value as AnyNode), out);
      return;
    default:
      return;
  }
}

/**
 * The assignments and updates inside a scope, by the name they write: one walk per scope, however
 * many of its variables are asked about (a module that exports fifty `var`s asks fifty times).
 * Keyed by the scope node, so it belongs to one tree and goes away with it.
 */
const writesByScope = new WeakMap<AnyNode, ReadonlyMap<string, readonly AnyNode[]>>();

function writesIn(scope: AnyNode): ReadonlyMap<string, readonly AnyNode[]> {
  const cached = writesByScope.get(scope);
  if (cached) return cached;
  const writes = new Map<string, AnyNode[]>();
  const add = (name: string, node: AnyNode) => {
    const list = writes.get(name);
    if (list) list.push(node);
    else writes.set(name, [node]);
  };
  walk(scope, (node) => {
    if (node.type === "AssignmentExpression") {
      const target = unwrap(node.left as AnyNode);
      if (target.type === "Identifier") add(target.name as string, node);
      else if (target.type === "ObjectPattern" || target.type === "ArrayPattern") {
        const names: string[] = [];
        namesInPattern(target, names);
        for (const name of names) add(name, node);
      }
    } else if (node.type === "UpdateExpression") {
      const target = unwrap(node.argument as AnyNode);
      if (target.type === "Identifier") add(target.name as string, node);
    }
  });
  writesByScope.set(scope, writes);
  return writes;
}

/** The expressions a variable can hold: its initialiser and every plain `=` to it; undefined when one is not plain (`+=`, `++`, destructuring assignment). */
export function assignedValues(binding: Binding & { kind: "variable" }, parentOf: ParentOf): readonly AnyNode[] | undefined {
  const values: AnyNode[] = [];
  if (binding.declarator.init) values.push(binding.declarator.init as AnyNode);
  if (binding.constant) return values;
  const name = binding.id.name as string;
  for (const write of writesIn(binding.scope).get(name) ?? []) {
    if (write.type === "UpdateExpression") {
      if (findBinding(unwrap(write.argument as AnyNode), parentOf)?.id === binding.id) return undefined;
      continue;
    }
    const target = unwrap(write.left as AnyNode);
    if (target.type === "Identifier") {
      if (findBinding(target, parentOf)?.id !== binding.id) continue;
      if (write.operator !== "=") return undefined;
      values.push(write.right as AnyNode);
    } else {
      const bound = identifierInPattern(target, name);
      if (bound && findBinding(bound, parentOf)?.id === binding.id) return undefined;
    }
  }
  return values;
}
