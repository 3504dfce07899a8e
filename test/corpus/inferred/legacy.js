// CommonJS reply helpers and their callers in one old-style module.
function sendError(res, status, message) {
  return res.status(status).json({ error: message });
}

function wait(ms, times) {
  return new Promise((resolve) => setTimeout(resolve, ms * times));
}

const replies = {
  gone(res, code) {
    res.status(code).end();
  },
};

async function remove(req, res) {
  await wait(500, 3);
  if (!req.params.id) return sendError(res, 400, "id missing"); // expect: no-magic-status
  replies.gone(res, 410); // expect: no-magic-status
}

module.exports = { remove, sendError };
