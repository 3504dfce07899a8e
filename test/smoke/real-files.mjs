/**
 * The real-code sample shared by the smoke test, the parallel-engine test and the benchmark:
 * JS/TS sources of the installed HTTP frameworks and clients, in a fixed order, so every
 * consumer measures and checks the same files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const NODE_MODULES = join(REPO_ROOT, "node_modules");

/** [package, sub-directory] pairs; next ships megabytes of bundled code, its server sources are what matter. */
export const REAL_PACKAGES = [
  ["express", ""],
  ["koa", ""],
  ["fastify", ""],
  ["hono", ""],
  ["@nestjs/common", ""],
  ["@nestjs/core", ""],
  ["next", "dist/server"],
  ["http-errors", ""],
  ["supertest", ""],
  ["msw", ""],
  ["nock", ""],
  ["axios", ""],
  // Their HTTP-facing dependencies: more status-handling code written by other hands.
  ["router", ""],
  ["body-parser", ""],
  ["finalhandler", ""],
  ["send", ""],
  ["serve-static", ""],
  ["superagent", ""],
  ["light-my-request", ""],
  ["find-my-way", ""],
  ["@fastify/error", ""],
  ["@mswjs/interceptors", ""],
  ["http-assert", ""],
  ["koa-compose", ""],
  ["statuses", ""],
];

export const SOURCE_EXTENSIONS = new Set([".js", ".cjs", ".mjs", ".ts", ".mts", ".cts", ".tsx", ".jsx"]);
const TS_EXTENSIONS = new Set([".ts", ".mts", ".cts", ".tsx"]);
export const MAX_BYTES = 1024 * 1024;
export const DEFAULT_CAP = 3000;

function isDeclarationFile(name) {
  return /\.d\.[cm]?ts$/.test(name) || /\.d\.[^.]+\.ts$/.test(name);
}

/** Bundled or minified output is one parser stress test repeated, not real code: long lines give it away. */
export function looksMinified(text) {
  if (text.length < 2000) return false;
  let lines = 1;
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      lines++;
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  longest = Math.max(longest, text.length - start);
  return longest > 3000 || text.length / lines > 250;
}

function walk(directory, out) {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) {
      // Nested node_modules belong to other packages (and other versions); they are not this sample.
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      walk(full, out);
    } else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) && !isDeclarationFile(entry.name)) {
      out.push(full);
    }
  }
}

const packageTypeCache = new Map();

/** The `type` of the package a file belongs to, which decides how Node (and we) read a .js file. */
function packageType(file) {
  let directory = dirname(file);
  const visited = [];
  let found = "commonjs";
  while (directory.startsWith(NODE_MODULES) && directory !== NODE_MODULES) {
    if (packageTypeCache.has(directory)) {
      found = packageTypeCache.get(directory);
      break;
    }
    visited.push(directory);
    const manifest = join(directory, "package.json");
    if (existsSync(manifest)) {
      try {
        found = JSON.parse(readFileSync(manifest, "utf8")).type === "module" ? "module" : "commonjs";
      } catch {
        found = "commonjs";
      }
      break;
    }
    directory = dirname(directory);
  }
  for (const each of visited) packageTypeCache.set(each, found);
  return found;
}

/** How a file is parsed: which parser family, module or script, JSX or not. */
export function parseModeOf(file) {
  const extension = extname(file);
  const typescript = TS_EXTENSIONS.has(extension);
  const jsx = extension === ".tsx" || extension === ".jsx";
  let sourceType;
  if (extension === ".mjs" || extension === ".mts") sourceType = "module";
  else if (extension === ".cjs" || extension === ".cts") sourceType = "commonjs";
  // TypeScript sources are ESM syntax whatever the package type; tsc compiles them down.
  else if (typescript || extension === ".jsx") sourceType = "module";
  else sourceType = packageType(file);
  return { typescript, jsx, sourceType };
}

/**
 * The sample: `{ file, relativePath, text, mode }` for each file, packages in the order above,
 * files sorted by path, capped so the suite stays minutes long. `skipped` counts what was left out and why.
 */
export function collectRealFiles({ cap = DEFAULT_CAP } = {}) {
  const files = [];
  const skipped = { tooLarge: 0, minified: 0, overCap: 0, missingPackages: [] };
  for (const [name, sub] of REAL_PACKAGES) {
    const root = join(NODE_MODULES, name, sub);
    if (!existsSync(root)) {
      skipped.missingPackages.push(name);
      continue;
    }
    const found = [];
    walk(root, found);
    for (const file of found) {
      if (files.length >= cap) {
        skipped.overCap++;
        continue;
      }
      if (statSync(file).size > MAX_BYTES) {
        skipped.tooLarge++;
        continue;
      }
      const text = readFileSync(file, "utf8");
      if (looksMinified(text)) {
        skipped.minified++;
        continue;
      }
      files.push({ file, relativePath: relative(NODE_MODULES, file), text, mode: parseModeOf(file) });
    }
  }
  return { files, skipped };
}
