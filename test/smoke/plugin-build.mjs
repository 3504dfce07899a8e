/**
 * A private build of the plugin in a directory of the caller's choosing. Other sessions run
 * `npm run build` at any time, and its first step empties the shared dist/; a suite or benchmark
 * that loads dist/ while that happens fails for reasons that have nothing to do with the plugin.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./real-files.mjs";

const TSC_BIN = join(REPO_ROOT, "node_modules/typescript/bin/tsc");

/** Builds into `<directory>/dist` with the package's own tsconfig; returns the CommonJS entry's path. */
export function buildPluginCopy(directory) {
  mkdirSync(directory, { recursive: true });
  const build = spawnSync(process.execPath, [TSC_BIN, "-p", join(REPO_ROOT, "tsconfig.build.json"), "--outDir", join(directory, "dist")], {
    encoding: "utf8",
  });
  const entry = join(directory, "dist/src/index.js");
  if (!existsSync(entry)) throw new Error(`building the plugin failed:\n${build.stdout}${build.stderr}`);
  // The same ES module entry scripts/write-esm-entry.mjs writes for the package.
  writeFileSync(join(directory, "dist/src/index.mjs"), 'import plugin from "./index.js";\nexport default plugin;\n');
  // The plugin reads its name and version from its package.json, and resolves its dependencies from node_modules.
  cpSync(join(REPO_ROOT, "package.json"), join(directory, "package.json"));
  symlinkSync(join(REPO_ROOT, "node_modules"), join(directory, "node_modules"), "dir");
  return entry;
}
