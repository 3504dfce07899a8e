const { sendError } = require("./legacy");
const legacy = require("./legacy");

exports.purge = function purge(req, res) {
  if (!req.user) return sendError(res, 401, "login"); // expect: no-magic-status
  return legacy.sendError(res, 501, "not yet"); // expect: no-magic-status
};
