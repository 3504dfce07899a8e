// Old-style CommonJS: the exports object is filled in member by member through an alias.
const replies = module.exports;

replies.send = function send(statusCode, res, payload) {
  res.status(statusCode).json(payload);
};

replies.notFound = function notFound(res) {
  return replies.send(404, res, { error: "not found" }); // expect: no-magic-status
};

replies.shorten = (text, max) => text.slice(0, max);

replies.label = replies.shorten("a very long label", 120);
