// The package as a user gets it: packs the tarball (or takes one from --tarball), installs it with a
// small pinned set of tools from the npm registry into a temporary project, then checks what a user
// would see: the exact reports of `configs.recommended` from ESM, CommonJS and TypeScript configs,
// the type declarations from both module systems, and the installed `http-status-codemod` bin.
// Runs on whichever `node` comes first on PATH; .ci/run calls it under Node 20, 22 and 24.
//
//   node scripts/consumer-check.mjs [--tarball path.tgz] [--node-major 22]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual, parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

// What the consumer installs besides the plugin: exact versions, so a run depends on nothing that moved.
const CONSUMER_DEV_DEPENDENCIES = {
  eslint: "10.15.0",
  "typescript-eslint": "8.72.0",
  typescript: "5.9.3",
  jiti: "2.7.0",
};
const CONSUMER_DEPENDENCIES = { express: "5.1.0", "http-status-codes": "2.3.0" };

const { values: args } = parseArgs({ options: { tarball: { type: "string" }, "node-major": { type: "string" } } });
const started = Date.now();
const failures = [];

function check(label, actual, expected) {
  if (isDeepStrictEqual(actual, expected)) {
    console.log(`  ok    ${label}`);
    return;
  }
  failures.push(label);
  console.log(`  FAIL  ${label}\n        expected ${JSON.stringify(expected)}\n        actual   ${JSON.stringify(actual)}`);
}

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  if (result.error) throw new Error(`${command} ${commandArgs.join(" ")}: ${result.error.message}`);
  return result;
}

function mustRun(command, commandArgs, cwd) {
  const result = run(command, commandArgs, cwd);
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return result;
}

const nodeMajor = process.versions.node.split(".")[0];
console.log(`consumer check on Node ${process.version} (${process.execPath}), npm ${mustRun("npm", ["--version"], root).stdout.trim()}`);
if (args["node-major"] && args["node-major"] !== nodeMajor) {
  console.error(`consumer-check: expected Node ${args["node-major"]} first on PATH, got ${process.version}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "http-status-consumer-"));
try {
  // --- The tarball: what `npm pack` / `npm publish` ship (prepack builds dist/). ---
  let tarball = args.tarball && resolve(args.tarball);
  if (!tarball) {
    // Not --json: the prepack build writes to the same stdout.
    mustRun("npm", ["pack", "--pack-destination", work], root);
    tarball = join(work, `${manifest.name}-${manifest.version}.tgz`);
  }
  const listing = mustRun("tar", ["-tzf", tarball], root).stdout.split("\n").filter(Boolean).map((path) => path.replace(/^package\//, ""));
  console.log(`tarball ${tarball}: ${listing.length} files`);
  const required = [
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "package.json",
    "dist/src/index.js",
    "dist/src/index.d.ts",
    "dist/src/index.mjs",
    "dist/src/index.d.mts",
    "dist/src/cli.js",
    "dist/codemods/replace-status-literals.js",
    "dist/transforms/replace-status-literals.js",
    "dist/transforms/replace-status-literals.d.ts",
    "dist/transforms/migrate-status-library.js",
    "docs/rules/no-magic-status.md",
  ];
  check("the tarball holds the built code, LICENSE and CHANGELOG", required.filter((path) => !listing.includes(path)), []);
  check(
    "the tarball holds no sources, tests or repository files",
    listing.filter((path) => !/^(dist|docs)\//.test(path) && !["LICENSE", "README.md", "CHANGELOG.md", "package.json"].includes(path)),
    [],
  );

  // --- A consumer project: CommonJS package (no "type"), the plugin installed from the tarball. ---
  const project = join(work, "consumer");
  mkdirSync(join(project, "src"), { recursive: true });
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify(
      {
        name: "consumer",
        private: true,
        dependencies: CONSUMER_DEPENDENCIES,
        devDependencies: { "eslint-plugin-http-status": `file:${tarball}`, ...CONSUMER_DEV_DEPENDENCIES },
      },
      null,
      2,
    )}\n`,
  );
  const install = Date.now();
  mustRun("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--prefer-offline", "--loglevel=error"], project);
  console.log(`installed in ${((Date.now() - install) / 1000).toFixed(1)}s`);

  const APP_JS = [
    'const express = require("express");',
    "",
    "const app = express();",
    'app.get("/users/:id", (req, res) => res.status(404).json({ error: "no such user" }));',
    'app.delete("/users/:id", (req, res) => res.status(204).json({ deleted: true }));',
    'app.put("/users", (req, res) => res.status(405).end());',
    'app.get("/old", (req, res) => res.status(305).end());',
    'app.get("/odd", (req, res) => res.status(299).end());',
    'app.get("/me", (req, res) => res.status(401).end());',
    "setTimeout(() => app.listen(3000), 500);",
    "",
  ].join("\n");
  const ROUTE_TS = [
    "export function DELETE(request: Request): Response {",
    "  const id: string | null = new URL(request.url).searchParams.get(\"id\");",
    '  if (!id) return Response.json({ error: "id is required" }, { status: 422 });',
    "  return new Response(null, { status: 204 });",
    "}",
    "",
  ].join("\n");
  writeFileSync(join(project, "src/app.js"), APP_JS);
  writeFileSync(join(project, "src/route.ts"), ROUTE_TS);

  const tsParserBlock = '{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } }';
  const configs = {
    "eslint.config.mjs": [
      'import { defineConfig } from "eslint/config";',
      'import httpStatus from "eslint-plugin-http-status";',
      'import tseslint from "typescript-eslint";',
      "",
      `export default defineConfig(${tsParserBlock}, httpStatus.configs.recommended);`,
    ],
    "eslint.config.cjs": [
      'const httpStatus = require("eslint-plugin-http-status");',
      'const tseslint = require("typescript-eslint");',
      "",
      `module.exports = [${tsParserBlock}, httpStatus.configs.recommended];`,
    ],
    // Loaded through jiti. The project is CommonJS, so tsc reads this file's imports as require():
    // it type-checks against index.d.ts, and the .mts below against index.d.mts.
    "eslint.config.ts": [
      'import { defineConfig } from "eslint/config";',
      'import httpStatus from "eslint-plugin-http-status";',
      'import tseslint from "typescript-eslint";',
      "",
      `export default defineConfig(${tsParserBlock}, httpStatus.configs.recommended, {`,
      '  plugins: { "http-status": httpStatus },',
      '  rules: { "http-status/no-magic-status": ["error", { library: "http-status-codes", allow: [500] }] },',
      "});",
    ],
    "eslint.config.mts": [
      'import { defineConfig } from "eslint/config";',
      'import httpStatus from "eslint-plugin-http-status";',
      'import tseslint from "typescript-eslint";',
      "",
      `export default defineConfig(${tsParserBlock}, httpStatus.configs.recommended, {`,
      '  plugins: { "http-status": httpStatus },',
      '  rules: { "http-status/require-status-headers": ["error", { checkWwwAuthenticate: false }] },',
      "});",
    ],
  };
  for (const [file, lines] of Object.entries(configs)) writeFileSync(join(project, file), `${lines.join("\n")}\n`);

  // Every report of configs.recommended on the two files, as [file, rule, line, column, message].
  const magic = (line, column, constant, code, phrase) => [
    line.startsWith("route") ? "src/route.ts" : "src/app.js",
    "http-status/no-magic-status",
    Number(line.split(":")[1]),
    column,
    `Use StatusCodes.${constant} instead of the magic number ${code} (${phrase}).`,
  ];
  const EXPECTED_REPORTS = [
    magic("app:4", 48, "NOT_FOUND", 404, "Not Found"),
    ["src/app.js", "http-status/no-body-with-bodiless-status", 5, 51, "204 (No Content) must not carry a body: remove the body or use another status."],
    magic("app:5", 51, "NO_CONTENT", 204, "No Content"),
    magic("app:6", 44, "METHOD_NOT_ALLOWED", 405, "Method Not Allowed"),
    ["src/app.js", "http-status/require-status-headers", 6, 44, "405 (Method Not Allowed) requires the Allow header (RFC 9110 §15.5.6); set it on the same response."],
    [
      "src/app.js",
      "http-status/no-deprecated-status",
      7,
      42,
      "305 Use Proxy is deprecated for security reasons by RFC 9110 §15.4.6; configure the proxy on the client instead of asking it from the response.",
    ],
    [
      "src/app.js",
      "http-status/no-magic-status",
      7,
      42,
      "Magic HTTP status 305 (Use Proxy) is deprecated, so it is not fixed to StatusCodes.USE_PROXY: replace the status itself (no-deprecated-status says with what).",
    ],
    [
      "src/app.js",
      "http-status/no-unknown-status",
      8,
      42,
      "299 (unassigned) is not in the IANA HTTP status registry; clients that do not know it treat it as 200. Use a registered status, or add 299 to `allow` if the project sends it on purpose.",
    ],
    // 401 without WWW-Authenticate: recommended leaves that to strict.
    magic("app:9", 41, "UNAUTHORIZED", 401, "Unauthorized"),
    magic("route:3", 72, "UNPROCESSABLE_ENTITY", 422, "Unprocessable Content"),
    magic("route:4", 39, "NO_CONTENT", 204, "No Content"),
  ];

  const eslintBin = join(project, "node_modules/eslint/bin/eslint.js");
  for (const config of Object.keys(configs)) {
    const lint = run(process.execPath, [eslintBin, "--config", config, "--format", "json", "src"], project);
    let reports;
    try {
      reports = JSON.parse(lint.stdout).flatMap((result) =>
        result.messages.map((message) => [result.filePath.slice(project.length + 1), message.ruleId, message.line, message.column, message.message]),
      );
    } catch {
      reports = `eslint exited ${lint.status}: ${lint.stdout}${lint.stderr}`;
    }
    check(`eslint --config ${config}: the exact reports of configs.recommended`, reports, EXPECTED_REPORTS);
  }

  writeFileSync(
    join(project, "tsconfig.json"),
    `${JSON.stringify({ compilerOptions: { module: "nodenext", strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["eslint.config.ts", "eslint.config.mts"] })}\n`,
  );
  const tsc = run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], project);
  check("tsc: eslint.config.ts (require types) and eslint.config.mts (import types) type-check", `${tsc.status} ${tsc.stdout}${tsc.stderr}`.trim(), "0");

  // --- The installed bin, in a committed git repository as the codemod expects. ---
  const bin = join(project, "node_modules/.bin/http-status-codemod");
  const help = run(bin, ["--help"], project);
  check("http-status-codemod --help: exit 0, the usage line first", [help.status, help.stdout.split("\n")[0]], [
    0,
    "Usage: http-status-codemod [replace-status-literals|migrate-status-library] <paths…> [options]",
  ]);
  const version = run(bin, ["--version"], project);
  check("http-status-codemod --version", [version.status, version.stdout.trim()], [0, manifest.version]);

  writeFileSync(join(project, ".gitignore"), "node_modules/\n");
  const git = (...gitArgs) => mustRun("git", ["-c", "user.name=consumer", "-c", "user.email=consumer@example.com", ...gitArgs], project);
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "consumer");
  const migration = run(bin, ["replace-status-literals", "src/app.js"], project);
  check("http-status-codemod replace-status-literals src/app.js: exit 0, one file changed", [migration.status, /^ {2}changed +1$/m.test(migration.stdout)], [0, true]);
  check(
    "the migrated file: constants and a CommonJS require after the leading ones",
    readFileSync(join(project, "src/app.js"), "utf8"),
    APP_JS.replace('require("express");\n', 'require("express");\nconst { StatusCodes } = require("http-status-codes");\n')
      .replace("status(404)", "status(StatusCodes.NOT_FOUND)")
      .replace("status(204)", "status(StatusCodes.NO_CONTENT)")
      .replace("status(405)", "status(StatusCodes.METHOD_NOT_ALLOWED)")
      .replace("status(401)", "status(StatusCodes.UNAUTHORIZED)"),
  );
  if (failures.length > 0) console.log(migration.stdout + migration.stderr);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`consumer check on Node ${process.version}: ${failures.length} failed (${seconds}s)`);
  process.exit(1);
}
console.log(`consumer check on Node ${process.version}: all passed (${seconds}s)`);
