/**
 * The one edit computation shared by the `no-magic-status` fix and the `replace-status-literals`
 * codemod: given the file and a located literal, the text edits that name it (replace the literal,
 * add or extend the import). Edits are plain ranges and strings spliced into the original text, so
 * nothing else in the file moves.
 */
import { type AnyNode, isStringLiteral, plainIntegerValue, rangeOf, staticString, unwrap } from "./ast";
import { gatherConstantBindings } from "./constant-refs";
import { builtinLibraryForModule, type ConstantLibrary } from "./libraries";
import type { PackageType } from "./project";

export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export type ModuleKind = "esm" | "cjs";

/** The only question asked of a file's names: is this one written anywhere? (Lets callers answer lazily.) */
export interface NameSet {
  has(name: string): boolean;
}

/** What the edit computation needs to know about a file, gathered once per file. */
export interface FileFacts {
  readonly source: string;
  readonly program: AnyNode;
  readonly moduleKind: ModuleKind;
  readonly eol: string;
  readonly quote: string;
  readonly semicolon: string;
  /** Every identifier name written anywhere in the file; a new binding must avoid all of them. */
  readonly takenNames: NameSet;
  /** Import specifiers the file loads, with ESM `import type` declarations left out. */
  readonly valueModules: ReadonlySet<string>;
}

export interface FileFactsInput {
  readonly source: string;
  readonly program: AnyNode;
  readonly identifierNames: NameSet;
  /** Raw text of the first string literal in the file, for its quote style; asked only when no import or require shows it. */
  readonly firstStringRaw?: (() => string | undefined) | undefined;
  /** The file name's extension or the parser's sourceType, used when the code itself shows no module system. */
  readonly filename?: string | undefined;
  readonly sourceType?: string | undefined;
  /**
   * The nearest package.json's `"type"` (undefined when there is none): how Node loads a `.js` file
   * whose code shows no module system. Required so that no front end forgets to ask.
   */
  readonly packageType: PackageType | undefined;
}

function isRequireCall(node: AnyNode | undefined | null): boolean {
  if (!node || node.type !== "CallExpression") return false;
  const callee = node.callee as AnyNode;
  return callee.type === "Identifier" && callee.name === "require" && node.arguments.length === 1 && isStringLiteral(node.arguments[0]);
}

/** `require("m")` or `require("m").member` at the root of a declarator's init. */
function requireOf(init: AnyNode | undefined | null): { call: AnyNode; member?: string } | undefined {
  if (!init) return undefined;
  const inner: AnyNode = unwrap(init);
  if (isRequireCall(inner)) return { call: inner };
  if ((inner.type === "MemberExpression" || inner.type === "OptionalMemberExpression") && isRequireCall(inner.object)) {
    const member = inner.computed ? staticString(inner.property) : (inner.property.name as string | undefined);
    return member === undefined ? undefined : { call: inner.object as AnyNode, member };
  }
  return undefined;
}

function isDirective(statement: AnyNode): boolean {
  return statement.type === "ExpressionStatement" && typeof statement.directive === "string";
}

function isTypeOnlyImport(declaration: AnyNode): boolean {
  return declaration.importKind === "type" || declaration.importKind === "typeof";
}

/**
 * Whether a new import is written as `import` or `require`, decided the way Node loads the file: the
 * extension when it settles it, else what the code already uses, else the nearest package.json's "type".
 */
function moduleKindOf(input: FileFactsInput): ModuleKind {
  const filename = input.filename ?? "";
  if (/\.(?:cjs|cts)$/i.test(filename)) return "cjs";
  if (/\.(?:mjs|mts)$/i.test(filename)) return "esm";
  let sawRequire = false;
  for (const statement of input.program.body as AnyNode[]) {
    switch (statement.type) {
      case "ImportDeclaration":
      case "ExportNamedDeclaration":
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
        return "esm";
      case "TSImportEqualsDeclaration":
        sawRequire = true;
        break;
      case "VariableDeclaration":
        if ((statement.declarations as AnyNode[]).some((declarator) => requireOf(declarator.init))) sawRequire = true;
        break;
      case "ExpressionStatement": {
        const expression = statement.expression as AnyNode;
        if (expression.type === "AssignmentExpression" && /^(?:module\.exports|exports\.)/.test(input.source.slice(...rangeOf(expression.left)))) {
          sawRequire = true;
        }
        break;
      }
      default:
        break;
    }
  }
  if (sawRequire) return "cjs";
  // With no import or export statement, a file that says "use strict" or touches require/exports is a
  // CommonJS script (`require('x')(opts)`, `Object.defineProperty(exports, …)`); an import there would not parse.
  if (hasUseStrict(input.program) || COMMONJS_TEXT.test(input.source)) return "cjs";
  // TypeScript compiles .ts/.tsx imports to whatever the project targets; an import is its own syntax there.
  if (/\.(?:ts|tsx)$/i.test(filename)) return "esm";
  // A parser told the file is a script cannot read an import declaration.
  if (input.sourceType === "commonjs" || input.sourceType === "script") return "cjs";
  // Node's rule for a file that shows no module syntax: the nearest package.json's "type" decides, CommonJS unless "module".
  if (/\.(?:js|jsx)$/i.test(filename)) return input.packageType === "module" ? "esm" : "cjs";
  return "esm";
}

const COMMONJS_TEXT = /\brequire\s*\(|\bmodule\.exports\b|\bexports\s*[.[]|\(\s*exports\s*,/;

function hasUseStrict(program: AnyNode): boolean {
  const babelDirectives = (program.directives as AnyNode[] | undefined) ?? [];
  if (babelDirectives.some((directive) => directive.value?.value === "use strict")) return true;
  return (program.body as AnyNode[]).some((statement) => isDirective(statement) && statement.directive === "use strict");
}

/** Does the text in `range` end with a semicolon, trailing whitespace aside? (A statement can be a whole bundled module: no regex over it.) */
function endsWithSemicolon(source: string, [start, end]: readonly [number, number]): boolean {
  let last = end - 1;
  while (last >= start && /\s/.test(source[last]!)) last--;
  return last >= start && source[last] === ";";
}

export function gatherFileFacts(input: FileFactsInput): FileFacts {
  const { source, program } = input;
  const valueModules = new Set<string>();
  let quoteRaw: string | undefined;
  let semicolonSample: AnyNode | undefined;
  for (const statement of program.body as AnyNode[]) {
    if (statement.type === "ImportDeclaration") {
      quoteRaw ??= source.slice(...rangeOf(statement.source));
      semicolonSample ??= statement;
      if (!isTypeOnlyImport(statement)) valueModules.add(statement.source.value as string);
    } else if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations as AnyNode[]) {
        const required = requireOf(declarator.init);
        if (!required) continue;
        quoteRaw ??= source.slice(...rangeOf(required.call.arguments[0]));
        semicolonSample ??= statement;
        valueModules.add(required.call.arguments[0].value as string);
      }
    } else if (statement.type === "TSImportEqualsDeclaration" && statement.moduleReference?.type === "TSExternalModuleReference") {
      valueModules.add(statement.moduleReference.expression.value as string);
    }
  }
  quoteRaw ??= input.firstStringRaw?.();
  // Declarations of functions and classes end without a semicolon in every style, so they say nothing.
  const sample =
    semicolonSample ??
    (program.body as AnyNode[]).find(
      (statement) => (statement.type === "ExpressionStatement" && !isDirective(statement)) || statement.type === "VariableDeclaration",
    );
  const semicolon = sample && !endsWithSemicolon(source, rangeOf(sample)) ? "" : ";";
  return {
    source,
    program,
    moduleKind: moduleKindOf(input),
    eol: source.includes("\r\n") ? "\r\n" : "\n",
    quote: quoteRaw?.startsWith("'") ? "'" : '"',
    semicolon,
    takenNames: input.identifierNames,
    valueModules,
  };
}

/** How code in the file reaches the library's constants, and the edit that makes it possible (if any). */
export interface Access {
  /** Expression text in front of `.MEMBER`: `StatusCodes`, `S`, `ns.StatusCodes`, `http2.constants`. */
  readonly object: string;
  /** The import or require edit to add; absent when the file already has a usable binding. */
  readonly importEdit?: TextEdit;
}

/** An existing binding for the library's constants that the file can use as it is. */
function findExistingAccess(facts: FileFacts, library: ConstantLibrary): string | undefined {
  const extra = builtinLibraryForModule(library.module) ? [] : [library];
  for (const binding of gatherConstantBindings(facts.program, extra).values()) {
    if (binding.library.id !== library.id) continue;
    if (binding.kind === "object" && !binding.legacy) return binding.local;
    // For http-status a module namespace holds `status` too (its CommonJS exports are `{ status, default }`).
    if (binding.kind === "namespace") return `${binding.local}.${library.exportName}`;
  }
  return undefined;
}

function chooseLocalName(facts: FileFacts, library: ConstantLibrary): string | undefined {
  if (!facts.takenNames.has(library.exportName)) return library.exportName;
  if (!facts.takenNames.has(library.aliasName)) return library.aliasName;
  return undefined;
}

/** Merge the new name into an existing value import or destructuring require of the same module. */
function mergeIntoExisting(facts: FileFacts, library: ConstantLibrary, local: string): TextEdit | undefined {
  const named = local === library.exportName ? local : `${library.exportName} as ${local}`;
  for (const statement of facts.program.body as AnyNode[]) {
    if (statement.type === "ImportDeclaration") {
      if (!library.modules.includes(statement.source.value as string) || isTypeOnlyImport(statement)) continue;
      const specifiers = statement.specifiers as AnyNode[];
      if (specifiers.some((specifier) => specifier.type === "ImportNamespaceSpecifier")) continue;
      const lastNamed = [...specifiers].reverse().find((specifier) => specifier.type === "ImportSpecifier");
      if (lastNamed) {
        const end = rangeOf(lastNamed)[1];
        return { range: [end, end], text: `, ${named}` };
      }
      const defaultSpecifier = specifiers.find((specifier) => specifier.type === "ImportDefaultSpecifier");
      if (defaultSpecifier) {
        const end = rangeOf(defaultSpecifier)[1];
        return { range: [end, end], text: `, { ${named} }` };
      }
    } else if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations as AnyNode[]) {
        const required = requireOf(declarator.init);
        if (!required || required.member !== undefined || !library.modules.includes(required.call.arguments[0].value as string)) continue;
        const id = declarator.id as AnyNode;
        const properties = id.type === "ObjectPattern" ? (id.properties as AnyNode[]) : [];
        const last = properties[properties.length - 1];
        if (!last || last.type === "RestElement") continue;
        const end = rangeOf(last)[1];
        const entry = local === library.exportName ? local : `${library.exportName}: ${local}`;
        return { range: [end, end], text: `, ${entry}` };
      }
    }
  }
  return undefined;
}

function importStatement(facts: FileFacts, library: ConstantLibrary, local: string): string {
  const specifier = `${facts.quote}${library.module}${facts.quote}`;
  if (facts.moduleKind === "esm") {
    const named = local === library.exportName ? local : `${library.exportName} as ${local}`;
    return `import { ${named} } from ${specifier}${facts.semicolon}`;
  }
  const entry = local === library.exportName ? local : `${library.exportName}: ${local}`;
  return `const { ${entry} } = require(${specifier})${facts.semicolon}`;
}

/**
 * A `require(…)` at the root of an expression, whatever is done with its result: `require("a")`,
 * `require("a").b`, `require("depd")("app")`, `require("dotenv").config()`.
 */
function isRequireRooted(expression: AnyNode | undefined | null): boolean {
  let current = expression ? unwrap(expression) : undefined;
  while (current) {
    if (isRequireCall(current)) return true;
    if (current.type === "CallExpression" || current.type === "OptionalCallExpression") current = unwrap(current.callee as AnyNode);
    else if (current.type === "MemberExpression" || current.type === "OptionalMemberExpression") current = unwrap(current.object as AnyNode);
    else return false;
  }
  return false;
}

/** A statement of a CommonJS file's leading block of module loads, in any of the shapes real files write them. */
function loadsModule(statement: AnyNode): boolean {
  if (statement.type === "VariableDeclaration") {
    const declarators = statement.declarations as AnyNode[];
    return declarators.length > 0 && declarators.every((declarator) => isRequireRooted(declarator.init));
  }
  if (statement.type === "ExpressionStatement") return isRequireRooted(statement.expression as AnyNode);
  return false;
}

/**
 * Where a new import goes: after the last import (ESM) or after the last statement of the leading block
 * of requires (CJS), else above the first statement.
 */
function insertNewStatement(facts: FileFacts, statement: string): TextEdit {
  const body = facts.program.body as AnyNode[];
  let anchor: AnyNode | undefined;
  for (const node of body) {
    if (node.type === "ImportDeclaration" || node.type === "TSImportEqualsDeclaration") anchor = node;
  }
  if (!anchor && facts.moduleKind === "cjs") {
    for (const node of body) {
      if (isDirective(node)) continue;
      if (!loadsModule(node)) break;
      anchor = node;
    }
  }
  if (!anchor) {
    // Babel keeps directives apart from the body; ESTree marks them on expression statements.
    const directives = [...((facts.program.directives as AnyNode[] | undefined) ?? []), ...body.filter(isDirective)];
    anchor = directives[directives.length - 1];
  }
  if (anchor) {
    const end = rangeOf(anchor)[1];
    return { range: [end, end], text: `${facts.eol}${statement}` };
  }
  const first = body[0];
  const start = first ? lineStart(facts.source, rangeOf(first)[0]) : facts.source.length;
  return { range: [start, start], text: `${statement}${facts.eol}${first ? facts.eol : ""}` };
}

function lineStart(source: string, offset: number): number {
  const lineBreak = source.lastIndexOf("\n", offset - 1);
  const start = lineBreak + 1;
  // Stay on the statement's own line only when nothing but indentation precedes it there.
  return /^[ \t]*$/.test(source.slice(start, offset)) ? start : offset;
}

/**
 * How this file reaches `library`'s constants: an existing binding, or a new import/require
 * (merged into an existing declaration of the module when possible). Undefined when every
 * candidate local name is already taken, so naming the constant would shadow or collide.
 */
export function planAccess(facts: FileFacts, library: ConstantLibrary): Access | undefined {
  const existing = findExistingAccess(facts, library);
  if (existing) return { object: existing };
  const local = chooseLocalName(facts, library);
  if (local === undefined) return undefined;
  const importEdit = mergeIntoExisting(facts, library, local) ?? insertNewStatement(facts, importStatement(facts, library, local));
  return { object: local, importEdit };
}

/** Is `as const` written on this node? (`404 as const`) */
function isConstAssertion(node: AnyNode | undefined): boolean {
  if (!node || node.type !== "TSAsExpression") return false;
  const annotation = node.typeAnnotation as AnyNode;
  return annotation.type === "TSTypeReference" && annotation.typeName?.type === "Identifier" && annotation.typeName.name === "const";
}

/**
 * The edit that replaces one literal with `object.MEMBER`. A `404 as const` becomes the bare constant
 * unless the library is an enum: `as const` on a property access is a type error, and the constant's
 * own type is already the literal 404.
 */
export function literalEdit(literal: AnyNode, parent: AnyNode | undefined, library: ConstantLibrary, object: string, member: string): TextEdit {
  const replaced = !library.isEnum && isConstAssertion(parent) && parent!.expression === literal ? parent! : literal;
  return { range: rangeOf(replaced), text: `${object}.${member}` };
}

export interface LiteralPlan {
  readonly code: number;
  readonly member: string;
  readonly replacement: string;
  readonly edits: readonly TextEdit[];
}

/** Everything needed to name one literal: its member, the replacement text and all edits (import included). */
export function planLiteral(
  facts: FileFacts,
  literal: AnyNode,
  parent: AnyNode | undefined,
  library: ConstantLibrary,
  access: Access,
): LiteralPlan | undefined {
  const code = plainIntegerValue(literal);
  if (code === undefined) return undefined;
  const member = library.memberFor(code);
  if (member === undefined) return undefined;
  const edit = literalEdit(literal, parent, library, access.object, member);
  return {
    code,
    member,
    replacement: edit.text,
    edits: access.importEdit ? [access.importEdit, edit] : [edit],
  };
}

/** Applies non-overlapping edits to a text (used by the codemod; ESLint applies fixes itself). */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let position = 0;
  for (const edit of sorted) {
    if (edit.range[0] < position) throw new Error(`overlapping edits at offset ${edit.range[0]}`);
    output += source.slice(position, edit.range[0]) + edit.text;
    position = edit.range[1];
  }
  return output + source.slice(position);
}

/** The library a file already imports (value import or require), if it imports any of the built-ins. */
export function importedBuiltinLibrary(facts: FileFacts): ConstantLibrary | undefined {
  let found: ConstantLibrary | undefined;
  for (const specifier of facts.valueModules) {
    const library = builtinLibraryForModule(specifier);
    if (!library) continue;
    // A file may load node:http2 for its server API; a dedicated status library it also imports wins.
    if (!found || found.id === "node:http2") found = library;
  }
  return found;
}
