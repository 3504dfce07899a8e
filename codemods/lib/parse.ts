/**
 * The walks that gather what the shared core needs from a codemod's parsed file. The parse itself
 * (`src/parse.ts`) is shared with the inference layer's look at other modules.
 */
import type { AnyNode } from "../../src/ast";
import { childKeys } from "../../src/parse";

export { type ParserName, parseFile, type Parsed, parsersFor } from "../../src/parse";

export interface Scan {
  /** Parent of every node below the program (the program itself has none). */
  readonly parents: ReadonlyMap<AnyNode, AnyNode>;
  /** Numeric literals that pass `keep`, in source order. */
  readonly literals: readonly AnyNode[];
  /** Every identifier name written in the file (ESLint's Identifier and JSXIdentifier tokens). */
  readonly identifierNames: ReadonlySet<string>;
  /** Raw text of the first string literal, as ESLint's first String token. */
  readonly firstStringRaw: string | undefined;
}

function isStringNode(node: AnyNode): boolean {
  return node.type === "StringLiteral" || node.type === "DirectiveLiteral" || (node.type === "Literal" && typeof node.value === "string");
}

function isNumberNode(node: AnyNode): boolean {
  return node.type === "NumericLiteral" || (node.type === "Literal" && typeof node.value === "number");
}

/** One iterative walk (minified code nests deeper than the call stack allows). */
export function scanProgram(program: AnyNode, keep: (literal: AnyNode) => boolean): Scan {
  const parents = new Map<AnyNode, AnyNode>();
  const literals: AnyNode[] = [];
  const identifierNames = new Set<string>();
  let firstString: AnyNode | undefined;
  const stack: AnyNode[] = [program];
  // Babel keeps directives out of `body`; the generic walk below reaches them through `directives`.
  while (stack.length > 0) {
    const node = stack.pop()!;
    const type = node.type;
    if (type === "Identifier" || type === "JSXIdentifier") {
      identifierNames.add(node.name as string);
    } else if (isNumberNode(node)) {
      if (keep(node)) literals.push(node);
    } else if (isStringNode(node)) {
      // ESLint tokenizes JSX attribute strings as JSXText, not String.
      if ((firstString === undefined || node.start < firstString.start) && parents.get(node)?.type !== "JSXAttribute") firstString = node;
    }
    for (const key of childKeys(node)) {
      const value = node[key];
      if (value === null || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item === "object" && typeof item.type === "string") {
            parents.set(item, node);
            stack.push(item);
          }
        }
      } else if (typeof value.type === "string") {
        parents.set(value, node);
        stack.push(value);
      }
    }
  }
  literals.sort((a, b) => a.start - b.start);
  const firstStringRaw = firstString ? ((firstString.extra?.raw as string | undefined) ?? (firstString.raw as string | undefined)) : undefined;
  return { parents, literals, identifierNames, firstStringRaw };
}

export interface FoundLiterals {
  /** Numeric literals that pass `keep`, in source order. */
  readonly literals: readonly AnyNode[];
  /** Parents along the ancestor chains of those literals (all `locateStatus` climbs through). */
  readonly parentOf: (node: AnyNode) => AnyNode | undefined;
}

/** Is there an offset in [start, end)? `offsets` ascending. */
function containsOffset(offsets: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! < end;
}

/**
 * The numeric literals that start at one of `offsets` (ascending) and pass `keep`, with their
 * ancestors. Only subtrees that span an offset are entered, and only the current ancestor path is
 * kept, so a large file with a few candidates costs little more than its parse.
 */
export function findLiterals(program: AnyNode, offsets: readonly number[], keep: (literal: AnyNode) => boolean): FoundLiterals {
  const parents = new Map<AnyNode, AnyNode>();
  const literals: AnyNode[] = [];
  const nodes: AnyNode[] = [program];
  const depths: number[] = [0];
  // Depth-first with an explicit stack: when a node at depth d is popped, path[0..d) are its ancestors.
  const path: AnyNode[] = [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (!containsOffset(offsets, node.start as number, node.end as number)) continue;
    path.length = depth;
    if (isNumberNode(node)) {
      if (keep(node)) {
        literals.push(node);
        if (depth > 0) parents.set(node, path[depth - 1]!);
        // Ancestors shared with an earlier literal already lead to the program.
        for (let i = depth - 1; i > 0 && !parents.has(path[i]!); i--) parents.set(path[i]!, path[i - 1]!);
      }
      continue;
    }
    path.push(node);
    for (const key of childKeys(node)) {
      const value = node[key];
      if (value === null || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item === "object" && typeof item.type === "string") {
            nodes.push(item);
            depths.push(depth + 1);
          }
        }
      } else if (typeof value.type === "string") {
        nodes.push(value);
        depths.push(depth + 1);
      }
    }
  }
  literals.sort((a, b) => a.start - b.start);
  // The locator also reads nodes off the literals' paths (the declaration of `resStream` in
  // `expect(resStream.status).toBe(200)`); for those the whole tree's parents are mapped, once.
  let everyParent: ReadonlyMap<AnyNode, AnyNode> | undefined;
  const parentOf = (node: AnyNode): AnyNode | undefined => {
    if (node === program) return undefined;
    const parent = parents.get(node);
    if (parent) return parent;
    everyParent ??= scanProgram(program, () => false).parents;
    return everyParent.get(node);
  };
  return { literals, parentOf };
}

function pushChildren(node: AnyNode, stack: AnyNode[]): void {
  for (const key of childKeys(node)) {
    // ESLint tokenizes JSX attribute strings as JSXText, not String or Identifier.
    // A boolean attribute (`<input disabled />`) has a null value.
    if (node.type === "JSXAttribute" && key === "value" && node.value !== null && isStringNode(node.value as AnyNode)) continue;
    const value = node[key];
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === "object" && typeof item.type === "string") stack.push(item);
    } else if (typeof value.type === "string") {
      stack.push(value);
    }
  }
}

/**
 * Every identifier name written in the file (ESLint's Identifier and JSXIdentifier tokens),
 * gathered on the first question: a file whose constants are reached through an existing import
 * never asks, and that saves a walk over the whole tree.
 */
class IdentifierNames implements ReadonlySet<string> {
  #names: Set<string> | undefined;
  readonly #program: AnyNode;

  constructor(program: AnyNode) {
    this.#program = program;
  }

  #all(): Set<string> {
    if (this.#names) return this.#names;
    const names = new Set<string>();
    const stack: AnyNode[] = [this.#program];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === "Identifier" || node.type === "JSXIdentifier") names.add(node.name as string);
      else pushChildren(node, stack);
    }
    this.#names = names;
    return names;
  }

  has(name: string): boolean {
    return this.#all().has(name);
  }
  get size(): number {
    return this.#all().size;
  }
  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const name of this.#all()) callback.call(thisArg, name, name, this);
  }
  entries(): SetIterator<[string, string]> {
    return this.#all().entries();
  }
  keys(): SetIterator<string> {
    return this.#all().keys();
  }
  values(): SetIterator<string> {
    return this.#all().values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.#all()[Symbol.iterator]();
  }
}

/** The first string literal in source order (ESLint's first String token), found by a walk that stops there. */
function firstStringRaw(program: AnyNode): string | undefined {
  const stack: AnyNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isStringNode(node)) return (node.extra?.raw as string | undefined) ?? (node.raw as string | undefined);
    const children: AnyNode[] = [];
    pushChildren(node, children);
    // Latest first on the stack, so the earliest child is visited next.
    children.sort((a, b) => b.start - a.start);
    for (const child of children) stack.push(child);
  }
  return undefined;
}

export interface Names {
  readonly identifierNames: ReadonlySet<string>;
  readonly firstStringRaw: string | undefined;
}

/** What the edit computation needs to name things in a file; looked at only for files with a status to name. */
export function collectNames(program: AnyNode): Names {
  return { identifierNames: new IdentifierNames(program), firstStringRaw: firstStringRaw(program) };
}
