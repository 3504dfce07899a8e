const replies = require("./replies");
const { send } = require("./replies");

// A body envelope with a code of its own: not an HTTP status.
const fail = (code, message) => ({ code, message, data: null });

exports.show = async function show(req, res) {
  if (!req.user) return send(401, res, fail(401, "login first")); // expect: no-magic-status
  const title = replies.shorten(req.query.title, 200);
  replies.send(200, res, { title }); // expect: no-magic-status
};
