/**
 * The `replace-status-literals` jscodeshift transform as the package exports it
 * (`eslint-plugin-http-status/codemods/replace-status-literals`): `module.exports` is the transform
 * function itself, so `require()`, a default `import` and jscodeshift's own loader all get the
 * function, with no `__esModule` flag for bundlers to read differently.
 */
import transformer from "../codemods/replace-status-literals";

export = transformer;
