// Second baseline for test/bench/codemod.mjs: what merely parsing every file with the codemod's own
// parsers costs, with no prefilter and no work. The codemod parses only files the text prefilter lets
// through, so this shows how much of a full parse the prefilter saves.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jscodeshift loads transforms with require()
const { parseFile, parsersFor } = require("../../dist/codemods/lib/parse.js");

module.exports = function parseOnly(file) {
  const parsers = parsersFor(file.path);
  if (!parsers) return undefined;
  try {
    parseFile(file.source, parsers);
  } catch {
    // A file no parser accepts costs its attempts all the same.
  }
  return file.source;
};
