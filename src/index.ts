/**
 * The ESLint plugin object: `import httpStatus from "eslint-plugin-http-status"` (ESM) or
 * `require("eslint-plugin-http-status")` (CommonJS), then `httpStatus.configs.recommended`.
 */
import type { ESLint, Linter } from "eslint";
import { PACKAGE_META } from "./package-meta";
import type { RequireStatusHeadersOptions } from "../rules/require-status-headers";
import { type RuleName, rules } from "./rules";

const PLUGIN_NAMESPACE = "http-status";

type ConfigName = "recommended" | "strict" | "all";

/** Typed as ESLint's own Plugin so `plugins: { "http-status": plugin }` type-checks in eslint.config.ts. */
type HttpStatusPlugin = ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin["rules"]>;
  configs: Record<ConfigName, Linter.Config>;
};

const LEVELS: Record<ConfigName, ReadonlySet<string | undefined>> = {
  recommended: new Set(["recommended"]),
  strict: new Set(["recommended", "strict"]),
  all: new Set(["recommended", "strict", undefined]),
};

const plugin: HttpStatusPlugin = {
  meta: { name: PACKAGE_META.name, version: PACKAGE_META.version, namespace: PLUGIN_NAMESPACE },
  // typescript-eslint's RuleModule and ESLint's RuleDefinition describe the same objects with different context types.
  rules: rules as unknown as HttpStatusPlugin["rules"],
  configs: {} as Record<ConfigName, Linter.Config>,
};

/**
 * Options a config gives a rule where configs differ. Every config that enables the rule states
 * them: a config that gave only a severity would keep the options of an earlier one, so
 * `[recommended, strict]` would not check what strict checks.
 */
const CONFIG_OPTIONS: { readonly [R in RuleName]?: Readonly<Record<ConfigName, readonly unknown[]>> } = {
  // RFC 9110 requires WWW-Authenticate on every 401, but most session-cookie and token APIs send none:
  // in a review of ten real projects they were 25 of the 28 header reports, so only strict asks for it.
  "require-status-headers": {
    recommended: [{ checkWwwAuthenticate: false } satisfies RequireStatusHeadersOptions],
    strict: [{ checkWwwAuthenticate: true } satisfies RequireStatusHeadersOptions],
    all: [{ checkWwwAuthenticate: true } satisfies RequireStatusHeadersOptions],
  },
};

function buildConfig(name: ConfigName): Linter.Config {
  const enabled: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    if (!LEVELS[name].has(rule.meta.docs?.recommended)) continue;
    const options = CONFIG_OPTIONS[ruleName]?.[name];
    enabled[`${PLUGIN_NAMESPACE}/${ruleName}`] = options ? ["error", ...options] : "error";
  }
  return {
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: enabled,
  };
}

// Configs refer to the plugin object itself, so they are attached once it exists.
for (const name of ["recommended", "strict", "all"] as const) plugin.configs[name] = buildConfig(name);

export = plugin;
