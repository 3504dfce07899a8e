/**
 * Parsing for the codemods: the parser chosen from the file name, and one walk that gathers what the
 * shared core needs. The codemods only locate nodes and splice text, so they parse with Babel
 * directly (the same parser and plugin sets as jscodeshift's `babel`, `babylon`, `ts` and `tsx`)
 * and skip recast: a recast-wrapped tree costs about twice the parse and is never printed here.
 */
import { createRequire } from "node:module";
import type { AnyNode } from "../../src/ast";

export type ParserName = "babel" | "babylon" | "ts" | "tsx";

interface BabelParser {
  parse(source: string, options: object): AnyNode;
}

// @babel/parser is jscodeshift's dependency, not ours: resolve it from there so the versions match.
const babelParser = createRequire(require.resolve("jscodeshift/package.json"))("@babel/parser") as BabelParser;

// Mirrors jscodeshift/parser/*.js (17.4) without `tokens`, which only recast needs.
const COMMON = {
  sourceType: "module",
  allowImportExportEverywhere: true,
  allowReturnOutsideFunction: true,
  startLine: 1,
} as const;

const TS_PLUGINS = [
  "asyncGenerators",
  "decoratorAutoAccessors",
  "bigInt",
  "classPrivateMethods",
  "classPrivateProperties",
  "classProperties",
  "decorators-legacy",
  "doExpressions",
  "dynamicImport",
  "exportDefaultFrom",
  "exportExtensions",
  "exportNamespaceFrom",
  "functionBind",
  "functionSent",
  "importAttributes",
  "importMeta",
  "nullishCoalescingOperator",
  "numericSeparator",
  "objectRestSpread",
  "optionalCatchBinding",
  "optionalChaining",
  ["pipelineOperator", { proposal: "minimal" }],
  "throwExpressions",
  "typescript",
];

const PARSER_OPTIONS: Readonly<Record<ParserName, object>> = {
  babel: {
    ...COMMON,
    allowHashBang: true,
    ecmaVersion: Infinity,
    plugins: [
      "estree",
      "jsx",
      "asyncGenerators",
      "classProperties",
      "doExpressions",
      "exportExtensions",
      "functionBind",
      "functionSent",
      "objectRestSpread",
      "dynamicImport",
      "nullishCoalescingOperator",
      "optionalChaining",
      ["decorators", { decoratorsBeforeExport: false }],
    ],
  },
  babylon: {
    ...COMMON,
    plugins: [
      ["flow", { all: true }],
      "flowComments",
      "jsx",
      "asyncGenerators",
      "bigInt",
      "classProperties",
      "classPrivateProperties",
      "classPrivateMethods",
      ["decorators", { decoratorsBeforeExport: false }],
      "doExpressions",
      "dynamicImport",
      "exportDefaultFrom",
      "exportNamespaceFrom",
      "functionBind",
      "functionSent",
      "importMeta",
      "logicalAssignment",
      "nullishCoalescingOperator",
      "numericSeparator",
      "objectRestSpread",
      "optionalCatchBinding",
      "optionalChaining",
      ["pipelineOperator", { proposal: "minimal" }],
      "throwExpressions",
    ],
  },
  ts: { ...COMMON, plugins: TS_PLUGINS },
  tsx: { ...COMMON, plugins: ["jsx", ...TS_PLUGINS] },
};

/**
 * The parsers to try for a file, in order; undefined when the file is not one the codemods handle
 * (declaration files hold no runtime statuses, and other extensions are not JavaScript).
 * `ts` has no JSX (so `<T>x` casts parse) and `tsx` has JSX; plain JavaScript may be Flow or use
 * `export @dec class`, which only the Babel parsers accept, with `tsx` as the last resort.
 */
export function parsersFor(filename: string): readonly ParserName[] | undefined {
  const lower = filename.toLowerCase();
  if (/\.d\.[mc]?ts$/.test(lower)) return undefined;
  if (/\.[mc]?ts$/.test(lower)) return ["ts"];
  if (lower.endsWith(".tsx")) return ["tsx"];
  if (/\.(?:[mc]?js|jsx)$/.test(lower)) return ["babel", "babylon", "tsx"];
  return undefined;
}

export interface Parsed {
  readonly program: AnyNode;
  readonly parser: ParserName;
}

/** Parses with the first parser that accepts the file; a file none accepts throws the first parser's error. */
export function parseFile(source: string, parsers: readonly ParserName[]): Parsed {
  let firstError: unknown;
  for (const parser of parsers) {
    try {
      const file = babelParser.parse(source, PARSER_OPTIONS[parser]);
      return { program: file.program as AnyNode, parser };
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      firstError ??= error;
    }
  }
  throw firstError;
}

const NOT_CHILDREN = new Set([
  "type",
  "start",
  "end",
  "loc",
  "range",
  "extra",
  "comments",
  "leadingComments",
  "trailingComments",
  "innerComments",
  "tokens",
  "errors",
]);

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
    for (const key in node) {
      if (NOT_CHILDREN.has(key)) continue;
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
