/**
 * The `migrate-status-library` jscodeshift transform as the package exports it
 * (`eslint-plugin-http-status/codemods/migrate-status-library`): `module.exports` is the transform
 * function itself, so `require()`, a default `import` and jscodeshift's own loader all get the
 * function, with no `__esModule` flag for bundlers to read differently.
 */
import transformer from "../codemods/migrate-status-library";

export = transformer;
