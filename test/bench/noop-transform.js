// Baseline for test/bench/codemod.mjs: jscodeshift's runner cost (workers, reading, IPC) with no work.
module.exports = function noop(file) {
  return file.source;
};
