/**
 * jscodeshift transform: move a code base from one HTTP status constant library to another, or
 * between constants and numbers, by code value (`StatusCodes.MOVED_TEMPORARILY` → `status.FOUND`).
 *
 *   npx http-status-codemod migrate-status-library src/ --from http-status --to http-status-codes
 *
 * Options: from, to (http-status-codes | http-status | @nestjs/common | node:http2 | numbers).
 * `--from numbers` is replace-status-literals towards `--to`. A constant the target lacks, or a
 * reference whose name is also declared elsewhere in the file (possible shadowing), is left as it
 * is and counted; the old import is dropped only when nothing refers to it any more.
 */
import { dirname, resolve } from "node:path";
import type { API, FileInfo, Options } from "jscodeshift";
import { type AnyNode, rangeOf } from "../src/ast";
import { type ConstantBinding, type ConstantRef, gatherConstantBindings, resolveConstantRef } from "../src/constant-refs";
import { applyEdits, gatherFileFacts, planAccess, type TextEdit } from "../src/edits";
import { BUILTIN_LIBRARIES, type BuiltinLibraryId, type ConstantLibrary } from "../src/libraries";
import { projectDependencies } from "../src/project";
import { OptionError, parseReplaceOptions } from "./lib/options";
import { MIGRATION_ENDPOINTS, type MigrationEndpoint } from "./lib/migration";
import { parseFile, parsersFor, scanProgram } from "./lib/parse";
import { type LeftLiteral, type LeftReason, lineOf, type Outcome, runTransform } from "./lib/records";
import { replaceInSource } from "./replace-status-literals";

function parseEndpoint(value: unknown, name: string): MigrationEndpoint {
  if (typeof value === "string" && (MIGRATION_ENDPOINTS as readonly string[]).includes(value)) return value as MigrationEndpoint;
  throw new OptionError(`--${name}: expected one of ${MIGRATION_ENDPOINTS.join(", ")}, got ${JSON.stringify(value)}`);
}

/** Where an identifier declares a name (so a reference of that name may not mean the import). */
function isDeclaration(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case "VariableDeclarator":
      return parent.id === node;
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
    case "ObjectMethod":
    case "ClassMethod":
    case "ClassPrivateMethod":
    case "TSDeclareFunction":
      return parent.id === node || (parent.params as AnyNode[]).includes(node);
    case "ClassDeclaration":
    case "ClassExpression":
    case "TSEnumDeclaration":
    case "TSModuleDeclaration":
    case "TSImportEqualsDeclaration":
      return parent.id === node;
    case "CatchClause":
      return parent.param === node;
    case "AssignmentPattern":
      return parent.left === node;
    case "RestElement":
      return parent.argument === node;
    case "ArrayPattern":
      return true;
    case "ImportSpecifier":
    case "ImportDefaultSpecifier":
    case "ImportNamespaceSpecifier":
      return parent.local === node;
    default:
      return false;
  }
}

/** A pattern property's value declares a name only inside a pattern, which the property's parent tells. */
function isPatternValue(node: AnyNode, parent: AnyNode | undefined, parentOf: (node: AnyNode) => AnyNode | undefined): boolean {
  if (!parent || (parent.type !== "ObjectProperty" && parent.type !== "Property") || parent.value !== node) return false;
  return parentOf(parent)?.type === "ObjectPattern";
}

interface BindingUse {
  readonly refs: ConstantRef[];
  /** Identifiers of the local name that are neither its declaration nor a resolved reference. */
  otherUses: number;
  /** The name is declared again somewhere (a parameter, a local): references may not mean the import. */
  redeclared: boolean;
}

function statementOf(binding: ConstantBinding, parentOf: (node: AnyNode) => AnyNode | undefined): AnyNode[] {
  const chain: AnyNode[] = [];
  for (let node: AnyNode | undefined = binding.id; node; node = parentOf(node)) chain.push(node);
  return chain;
}

function lineBreakAfter(source: string, offset: number): number {
  if (source.startsWith("\r\n", offset)) return offset + 2;
  if (source[offset] === "\n") return offset + 1;
  return offset;
}

/**
 * Removes the import or require that declares `binding` when nothing else uses it: the whole
 * statement when it declares only that, else the one specifier (or destructured property).
 * Undefined when the shape is not one this codemod removes safely; the import then stays.
 */
function removalEdit(source: string, binding: ConstantBinding, parentOf: (node: AnyNode) => AnyNode | undefined): { edit: TextEdit; statementEnd: number } | undefined {
  const edit = specifierOrStatementRemoval(source, binding, parentOf);
  if (!edit) return undefined;
  const chain = statementOf(binding, parentOf);
  const statement = chain.find((node) => node.type === "ImportDeclaration" || node.type === "VariableDeclaration" || node.type === "TSImportEqualsDeclaration")!;
  return { edit, statementEnd: rangeOf(statement)[1] };
}

function specifierOrStatementRemoval(source: string, binding: ConstantBinding, parentOf: (node: AnyNode) => AnyNode | undefined): TextEdit | undefined {
  const chain = statementOf(binding, parentOf);
  const statement = chain.find((node) => node.type === "ImportDeclaration" || node.type === "VariableDeclaration" || node.type === "TSImportEqualsDeclaration");
  if (!statement) return undefined;
  const [start, end] = rangeOf(statement);
  const whole: TextEdit = { range: [start, lineBreakAfter(source, end)], text: "" };
  if (statement.type === "TSImportEqualsDeclaration") return whole;
  if (statement.type === "ImportDeclaration") {
    const specifiers = statement.specifiers as AnyNode[];
    if (specifiers.length === 1) return whole;
    const specifier = chain.find((node) => specifiers.includes(node));
    const named = specifiers.filter((node) => node.type === "ImportSpecifier");
    if (!specifier || specifier.type !== "ImportSpecifier" || named.length < 2) return undefined;
    const index = named.indexOf(specifier);
    return index < named.length - 1
      ? { range: [rangeOf(specifier)[0], rangeOf(named[index + 1]!)[0]], text: "" }
      : { range: [rangeOf(named[index - 1]!)[1], rangeOf(specifier)[1]], text: "" };
  }
  const declarators = statement.declarations as AnyNode[];
  const declarator = chain.find((node) => declarators.includes(node));
  if (!declarator || declarators.length !== 1) return undefined;
  const id = declarator.id as AnyNode;
  if (id.type === "Identifier") return whole;
  if (id.type !== "ObjectPattern") return undefined;
  const properties = id.properties as AnyNode[];
  if (properties.length === 1) return whole;
  const property = chain.find((node) => properties.includes(node));
  if (!property) return undefined;
  const index = properties.indexOf(property);
  return index < properties.length - 1
    ? { range: [rangeOf(property)[0], rangeOf(properties[index + 1]!)[0]], text: "" }
    : { range: [rangeOf(properties[index - 1]!)[1], rangeOf(property)[1]], text: "" };
}

/**
 * The new import goes right after the last import, which may be the one being removed: the two
 * edits would overlap, so the new statement takes the old one's place instead.
 */
function mergeRemoval(edits: readonly TextEdit[], removal: TextEdit, statementEnd: number): TextEdit[] {
  const removesStatement = removal.range[1] >= statementEnd;
  const insertion = edits.find((edit) => edit.range[0] === statementEnd && edit.range[1] === statementEnd);
  if (!insertion || !removesStatement) return [...edits, removal];
  const replacement: TextEdit = { range: [removal.range[0], statementEnd], text: insertion.text.replace(/^\r?\n/, "") };
  return [...edits.filter((edit) => edit !== insertion), replacement];
}

function migrateInSource(path: string, source: string, from: BuiltinLibraryId, to: ConstantLibrary | "numbers"): Outcome | undefined {
  const parsers = parsersFor(path);
  if (!parsers) return undefined;
  const fromLibrary = BUILTIN_LIBRARIES[from];
  // Every constant is written through the library's module name or one of its bindings' local names;
  // a file mentioning none of the modules cannot reference the library.
  if (!fromLibrary.modules.some((specifier) => source.includes(specifier))) return { output: source, record: { status: "unchanged" } };

  const { program, parser } = parseFile(source, parsers);
  const bindings = new Map([...gatherConstantBindings(program)].filter(([, binding]) => binding.library.id === fromLibrary.id));
  if (bindings.size === 0) return { output: source, record: { status: "unchanged", parser } };
  const scan = scanProgram(program, () => false);
  const parentOf = (node: AnyNode) => scan.parents.get(node);

  const uses = new Map<string, BindingUse>([...bindings.keys()].map((local) => [local, { refs: [], otherUses: 0, redeclared: false }]));
  const refRoots = new Set<AnyNode>();
  for (const node of scan.parents.keys()) {
    if (node.type !== "MemberExpression" && node.type !== "OptionalMemberExpression") continue;
    const ref = resolveConstantRef(node, bindings);
    if (!ref) continue;
    uses.get(ref.binding.local)!.refs.push(ref);
    refRoots.add(ref.root);
  }
  for (const [node, parent] of scan.parents) {
    if (node.type !== "Identifier") continue;
    const use = uses.get(node.name as string);
    if (!use || refRoots.has(node) || node === bindings.get(node.name as string)!.id) continue;
    // `x.StatusCodes` and `{ StatusCodes: 1 }` name a property, not the binding.
    if ((parent.type === "MemberExpression" || parent.type === "OptionalMemberExpression") && parent.property === node && !parent.computed) continue;
    // A non-computed key names a property; in a shorthand the value node carries the binding.
    if ((parent.type === "ObjectProperty" || parent.type === "Property") && parent.key === node && !parent.computed) continue;
    // `import { StatusCodes as S }`: the imported name is the module's, not a local one.
    if (parent.type === "ImportSpecifier" && parent.imported === node && parent.local !== node) continue;
    if (isDeclaration(node, parent) || isPatternValue(node, parent, parentOf)) use.redeclared = true;
    else use.otherUses++;
  }

  const facts = gatherFileFacts({
    source,
    program,
    identifierNames: scan.identifierNames,
    firstStringRaw: () => scan.firstStringRaw,
    filename: path,
    packageType: projectDependencies(dirname(resolve(path))).packageType,
  });
  const access = to === "numbers" ? undefined : planAccess(facts, to);
  const edits: TextEdit[] = [];
  const replaced: Record<string, number> = {};
  const left: LeftLiteral[] = [];
  const leave = (ref: ConstantRef, reason: LeftReason) => left.push({ line: lineOf(source, rangeOf(ref.node)[0]), code: ref.code, reason });
  const removals: { edit: TextEdit; statementEnd: number }[] = [];

  for (const [local, use] of uses) {
    let kept = use.otherUses;
    for (const ref of use.refs) {
      let text: string | undefined;
      if (use.redeclared) {
        leave(ref, "ambiguous-reference");
      } else if (to === "numbers") {
        text = String(ref.code);
      } else if (!access) {
        leave(ref, "name-taken");
      } else {
        const member = to.memberFor(ref.code);
        if (member === undefined) leave(ref, "missing-in-library");
        else text = `${access.object}.${member}`;
      }
      if (text === undefined) {
        kept++;
        continue;
      }
      edits.push({ range: rangeOf(ref.node), text });
      replaced[ref.code] = (replaced[ref.code] ?? 0) + 1;
      if (access?.importEdit && !edits.includes(access.importEdit)) edits.push(access.importEdit);
    }
    if (kept === 0 && use.refs.length > 0) {
      const removal = removalEdit(source, bindings.get(local)!, parentOf);
      if (removal) removals.push(removal);
    }
  }
  let all: TextEdit[] = edits;
  for (const removal of removals) all = mergeRemoval(all, removal.edit, removal.statementEnd);
  const output = all.length > 0 ? applyEdits(source, all) : source;
  return { output, record: { status: output === source ? "unchanged" : "changed", parser, replaced, left } };
}

export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  return runTransform(file, options, () => {
    const from = parseEndpoint(options.from, "from");
    const to = parseEndpoint(options.to, "to");
    if (from === to) throw new OptionError("--from and --to are the same library");
    if (from === "numbers") return replaceInSource(file.path, file.source, parseReplaceOptions({ ...options, library: to }));
    return migrateInSource(file.path, file.source, from, to === "numbers" ? "numbers" : BUILTIN_LIBRARIES[to]);
  });
}
