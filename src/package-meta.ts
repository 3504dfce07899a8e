import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface PackageMeta {
  readonly name: string;
  readonly version: string;
}

/** The plugin's own package.json, found from this file whether it runs from src/ (tests) or dist/src/ (published). */
function readOwnPackageJson(): PackageMeta {
  let directory = __dirname;
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as PackageMeta;
      if (manifest.name === "eslint-plugin-http-status") return { name: manifest.name, version: manifest.version };
    } catch {
      // not here; keep climbing
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error("eslint-plugin-http-status: cannot find its own package.json");
    directory = parent;
  }
}

export const PACKAGE_META: PackageMeta = readOwnPackageJson();
