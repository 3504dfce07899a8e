// The package is compiled to CommonJS; this thin ES module entry gives `import plugin from "eslint-plugin-http-status"`
// the plugin object itself rather than a `{ default }` wrapper, without a second build.
// It gets its own declaration file: TypeScript (node16/nodenext) reads a .d.ts next to a CommonJS package as
// CommonJS, so an ESM importer typed by index.d.ts would be told about a module shape it never sees.
import { writeFileSync } from "node:fs";
const entry = 'import plugin from "./index.js";\nexport default plugin;\n';
writeFileSync(new URL("../dist/src/index.mjs", import.meta.url), entry);
writeFileSync(new URL("../dist/src/index.d.mts", import.meta.url), entry);
