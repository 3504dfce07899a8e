/** ESLint-side adapter for `constant-refs`: the syntactic match, confirmed with ESLint's scope analysis. */
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { AnyNode } from "./ast";
import { type ConstantBindings, type ConstantRef, gatherConstantBindings, resolveConstantRef } from "./constant-refs";

/** Is `identifier` a reference (not a key or a declaration) that resolves to the variable `declarationId` declares? */
export function refersTo(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier, declarationId: AnyNode): boolean {
  const scope = sourceCode.getScope(identifier);
  if (!scope.references.some((reference) => reference.identifier === identifier)) return false;
  // By name rather than `reference.resolved`: script-mode global scopes leave references unresolved.
  const variable = ASTUtils.findVariable(scope, identifier);
  return variable?.defs.some((definition) => (definition.name as unknown) === declarationId) ?? false;
}

/**
 * A per-file resolver: call it from a rule's `create` and use it on `MemberExpression` and
 * `Identifier` nodes. The file's bindings are gathered on first use, so files that never touch
 * a library cost one pass over the top-level statements.
 */
export function constantRefResolver(sourceCode: Readonly<TSESLint.SourceCode>): (node: TSESTree.Node) => ConstantRef | undefined {
  let bindings: ConstantBindings | undefined;
  return (node) => {
    bindings ??= gatherConstantBindings(sourceCode.ast as unknown as AnyNode);
    const ref = resolveConstantRef(node as unknown as AnyNode, bindings);
    if (!ref) return undefined;
    return refersTo(sourceCode, ref.root as unknown as TSESTree.Identifier, ref.binding.id) ? ref : undefined;
  };
}
