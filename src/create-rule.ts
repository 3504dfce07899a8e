import { ESLintUtils, type TSESLint } from "@typescript-eslint/utils";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-http-status/eslint-plugin-http-status";

export interface HttpStatusRuleDocs {
  /** The narrowest shipped config that enables the rule: `recommended` ⊂ `strict` ⊂ `all`. */
  readonly recommended?: "recommended" | "strict";
}

const withDocsUrl = ESLintUtils.RuleCreator<HttpStatusRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof withDocsUrl<Options, MessageIds>>[0];

/**
 * Options merged with `meta.defaultOptions`, once per config. RuleCreator would deep-clone the
 * defaults again for every file and every rule, which on a large code base costs more than most
 * files' whole check. ESLint 9+ merges the defaults into the config once and hands each file a
 * fresh array holding the same options object, so that object is the key (the array itself for
 * any other shape). The merged value depends on its key alone: sharing it between files changes
 * nothing a rule decides.
 */
function memoizedDefaults<Options extends readonly unknown[]>(defaults: Options): (given: Options) => Options {
  const merged = new WeakMap<object, Options>();
  const withoutOptions = Object.freeze(ESLintUtils.applyDefault(defaults, [] as unknown as Options)) as Options;
  return (given) => {
    if (given.length === 0) return withoutOptions;
    const key = given.length === 1 && typeof given[0] === "object" && given[0] !== null ? given[0] : given;
    let options = merged.get(key);
    if (!options) {
      options = Object.freeze(ESLintUtils.applyDefault(defaults, given)) as Options;
      merged.set(key, options);
    }
    return options;
  };
}

/** RuleCreator with the docs URL, minus its per-file clone of the default options. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: RuleSpec<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, HttpStatusRuleDocs> & { name: string } {
  const rule = withDocsUrl<Options, MessageIds>(spec);
  const withDefaults = memoizedDefaults(spec.meta.defaultOptions ?? ([] as unknown as Options));
  return { ...rule, create: (context) => spec.create(context, withDefaults(context.options)) };
}
