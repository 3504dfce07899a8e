/**
 * Flat config for linting one real file with ESLint's Linter, chosen from its parse mode.
 * Shared by the smoke test and the benchmark so both lint the sample the same way.
 */
import tsParser from "@typescript-eslint/parser";

export const LINTED_FILES = ["**/*.js", "**/*.cjs", "**/*.mjs", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx", "**/*.jsx"];

/**
 * The modes worth trying, best guess first. Packages do not always say what they ship: an ESM `.js`
 * in a package without `"type": "module"`, JSX in a `.js`. Only when every guess fails is the file
 * itself unparseable.
 */
export function parseAttempts(mode) {
  if (mode.typescript) return [mode];
  const other = mode.sourceType === "module" ? "commonjs" : "module";
  const attempts = [mode, { ...mode, sourceType: other }];
  if (!mode.jsx) attempts.push({ ...mode, jsx: true }, { ...mode, sourceType: other, jsx: true });
  return attempts;
}

const languageCache = new Map();

/** One config object per mode, reused across files so Linter sees the same objects every time. */
export function languageConfig(mode) {
  const key = `${mode.typescript}|${mode.jsx}|${mode.sourceType}`;
  let config = languageCache.get(key);
  if (!config) {
    config = {
      files: LINTED_FILES,
      languageOptions: {
        ecmaVersion: "latest",
        sourceType: mode.sourceType,
        ...(mode.typescript ? { parser: tsParser } : {}),
        parserOptions: { ecmaFeatures: { jsx: mode.jsx } },
      },
      // Real files carry `eslint-disable` comments for their own setups; every rule must see every line.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" },
    };
    languageCache.set(key, config);
  }
  return config;
}
