// The package is compiled to CommonJS; this thin ES module entry gives `import plugin from "eslint-plugin-http-status"`
// the plugin object itself rather than a `{ default }` wrapper, without a second build.
import { writeFileSync } from "node:fs";
writeFileSync(
  new URL("../dist/src/index.mjs", import.meta.url),
  'import plugin from "./index.js";\nexport default plugin;\n',
);
