/**
 * Parsing a file with Babel, for the codemods and for the inference layer's look at other modules
 * (`src/infer/modules.ts`): both front ends then read another module from the same tree, so
 * `eslint --fix` and the codemod learn the same things about it. The syntax plugin sets are those of
 * jscodeshift's `babel`, `babylon`, `ts` and `tsx`; recast is skipped (a recast-wrapped tree costs
 * about twice the parse and is never printed here).
 */
import { createRequire } from "node:module";
import type { AnyNode } from "./ast";

export type ParserName = "babel" | "babylon" | "ts" | "tsx";

interface BabelParser {
  parse(source: string, options: object): AnyNode;
}

// @babel/parser and @babel/core are jscodeshift's dependencies, not ours: resolve them from there so
// the versions match. jscodeshift's worker loads @babel/core anyway, so its child-key table is free.
// Both load on first use: an ESLint process that never reads another module (about 100 ms of
// start-up, most of it @babel/core) does not pay for them.
const fromJscodeshift = createRequire(require.resolve("jscodeshift/package.json"));
let babelParser: BabelParser | undefined;
let visitorKeys: Readonly<Record<string, readonly string[]>> | undefined;

// Mirrors jscodeshift/parser/*.js (17.4) without `tokens`, which only recast needs, and without
// attaching comments to nodes (nothing here reads them; it is a tenth of the parse on commented code).
const COMMON = {
  attachComment: false,
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
  // jscodeshift's `babel` parser adds the `estree` plugin, which only reshapes the tree and makes
  // parsing about three times slower; src/ reads Babel and ESTree shapes alike, so it is left out.
  babel: {
    ...COMMON,
    allowHashBang: true,
    plugins: [
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
      babelParser ??= fromJscodeshift("@babel/parser") as BabelParser;
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

/** Child keys of a node: Babel's table (for-in over every field is several times slower), or every field of an unknown type. */
export function childKeys(node: AnyNode): Iterable<string> {
  visitorKeys ??= (fromJscodeshift("@babel/core") as { types: { VISITOR_KEYS: Readonly<Record<string, readonly string[]>> } }).types.VISITOR_KEYS;
  return visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NOT_CHILDREN.has(key));
}

/** The parent of every node below `program`, from one iterative walk (minified code nests deeper than the call stack allows). */
export function mapParents(program: AnyNode): Map<AnyNode, AnyNode> {
  const parents = new Map<AnyNode, AnyNode>();
  const stack: AnyNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
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
  return parents;
}
