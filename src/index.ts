/**
 * The ESLint plugin object: `import httpStatus from "eslint-plugin-http-status"` (ESM) or
 * `require("eslint-plugin-http-status")` (CommonJS), then `httpStatus.configs.recommended`.
 */
import type { ESLint, Linter } from "eslint";
import { PACKAGE_META } from "./package-meta";
import { rules } from "./rules";

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

function buildConfig(name: ConfigName): Linter.Config {
  const enabled: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    if (LEVELS[name].has(rule.meta.docs?.recommended)) enabled[`${PLUGIN_NAMESPACE}/${ruleName}`] = "error";
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
