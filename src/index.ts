/**
 * The ESLint plugin object: `import httpStatus from "eslint-plugin-http-status"` (ESM) or
 * `require("eslint-plugin-http-status")` (CommonJS), then `httpStatus.configs.recommended`.
 */
import type { Linter } from "eslint";
import { PACKAGE_META } from "./package-meta";
import { rules } from "./rules";

const PLUGIN_NAMESPACE = "http-status";

type ConfigName = "recommended" | "strict" | "all";

interface HttpStatusPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, Linter.Config>;
}

const LEVELS: Record<ConfigName, ReadonlySet<string | undefined>> = {
  recommended: new Set(["recommended"]),
  strict: new Set(["recommended", "strict"]),
  all: new Set(["recommended", "strict", undefined]),
};

const plugin: HttpStatusPlugin = {
  meta: { name: PACKAGE_META.name, version: PACKAGE_META.version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as Record<ConfigName, Linter.Config>,
};

function buildConfig(name: ConfigName): Linter.Config {
  const enabled: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    if (LEVELS[name].has(rule.meta.docs?.recommended)) enabled[`${PLUGIN_NAMESPACE}/${ruleName}`] = "error";
  }
  return {
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
    rules: enabled,
  };
}

// Configs refer to the plugin object itself, so they are attached once it exists.
for (const name of ["recommended", "strict", "all"] as const) plugin.configs[name] = buildConfig(name);

export = plugin;
