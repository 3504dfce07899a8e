/** ESLint-side adapters: file facts from a SourceCode, computed once per file and only when a fix needs them. */
import type { TSESLint } from "@typescript-eslint/utils";
import type { AnyNode } from "./ast";
import { type LibraryChoice, chooseLibrary } from "./choose-library";
import { type Access, type FileFacts, gatherFileFacts, type NameSet, planAccess } from "./edits";
import type { LibraryOption } from "./libraries";
import { directoryOfFile, type PackageType, projectDependencies } from "./project";

/**
 * Identifier names of a file, gathered from its tokens on the first question whose name the text
 * contains at all: a name absent from the text is free without looking at a single token.
 */
function lazyIdentifierNames(sourceCode: Readonly<TSESLint.SourceCode>): NameSet {
  let names: Set<string> | undefined;
  return {
    has(name) {
      if (!sourceCode.text.includes(name)) return false;
      if (!names) {
        names = new Set();
        for (const token of sourceCode.ast.tokens) {
          if (token.type === "Identifier" || token.type === "JSXIdentifier") names.add(token.value);
        }
      }
      return names.has(name);
    },
  };
}

export function fileFactsFromSourceCode(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  sourceType: string | undefined,
  packageType: PackageType | undefined,
): FileFacts {
  return gatherFileFacts({
    source: sourceCode.text,
    program: sourceCode.ast as unknown as AnyNode,
    identifierNames: lazyIdentifierNames(sourceCode),
    firstStringRaw: () => sourceCode.ast.tokens.find((token) => token.type === "String")?.value,
    filename,
    sourceType,
    packageType,
  });
}

export interface FixContext {
  readonly facts: FileFacts;
  readonly choice: LibraryChoice;
  /** Undefined when every local name for the library's export is taken in this file. */
  readonly access: Access | undefined;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Lazily computes the per-file facts, library choice and access plan; a rule calls it on its first report. */
export function lazyFixContext(context: AnyContext, library: LibraryOption): () => FixContext {
  let cached: FixContext | undefined;
  return () => {
    if (cached) return cached;
    const dependencies = projectDependencies(directoryOfFile(context.physicalFilename ?? context.filename, context.cwd));
    const sourceType = context.languageOptions?.sourceType as string | undefined;
    const facts = fileFactsFromSourceCode(context.sourceCode, context.filename, sourceType, dependencies.packageType);
    const choice = chooseLibrary(library, facts, dependencies);
    cached = { facts, choice, access: planAccess(facts, choice.library) };
    return cached;
  };
}
