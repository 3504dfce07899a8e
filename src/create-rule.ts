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
 * files' whole check. ESLint 9+ merges the defaults into the config itself and hands each file a
 * fresh array: holding the config's own options object when the config gives no options, and a
 * fresh shallow merge of it (`{ ...defaults, ...given }`, arrays shared) when it does. So an
 * options object is known by identity, or else by its entries: a shallow copy of the same config
 * has the same keys holding the same values. The merged value depends on those entries alone:
 * sharing it between files changes nothing a rule decides.
 */
function memoizedDefaults<Options extends readonly unknown[]>(defaults: Options): (given: Options) => Options {
  const merged = new WeakMap<object, Options>();
  /** The last few options objects seen with their merged value, to recognise ESLint's per-file copies of one config. */
  const recent: { given: Readonly<Record<string, unknown>>; options: Options }[] = [];
  const withoutOptions = Object.freeze(ESLintUtils.applyDefault(defaults, [] as unknown as Options)) as Options;
  return (given) => {
    if (given.length === 0) return withoutOptions;
    const key = given.length === 1 && typeof given[0] === "object" && given[0] !== null ? (given[0] as Record<string, unknown>) : given;
    const known = merged.get(key);
    if (known) return known;
    if (key !== given) {
      // A per-file copy is never seen again: it is recognised, not remembered.
      const copied = recent.find((entry) => sameEntries(entry.given, key as Record<string, unknown>))?.options;
      if (copied) return copied;
    }
    const options = Object.freeze(ESLintUtils.applyDefault(defaults, given)) as Options;
    if (key !== given) {
      recent.unshift({ given: { ...(key as Record<string, unknown>) }, options });
      recent.length = Math.min(recent.length, 4);
    }
    merged.set(key, options);
    return options;
  };
}

function sameEntries(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}

/** RuleCreator with the docs URL, minus its per-file clone of the default options. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: RuleSpec<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, HttpStatusRuleDocs> & { name: string } {
  const rule = withDocsUrl<Options, MessageIds>(spec);
  const withDefaults = memoizedDefaults(spec.meta.defaultOptions ?? ([] as unknown as Options));
  return { ...rule, create: (context) => spec.create(context, withDefaults(context.options)) };
}
