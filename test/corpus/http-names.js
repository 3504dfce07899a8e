// Names that say "HTTP status" on any object, beside codes under other names.
function conflict(message) {
  const error = new Error(message);
  error.httpStatus = 409; // expect: no-magic-status
  error.retryCode = 503;
  return error;
}

async function runHooks(hooks) {
  const hookContext = { body: {}, headers: {}, httpCode: 200 }; // expect: no-magic-status
  await hooks(hookContext);
  return { order: { stateCode: 200 }, hookContext };
}

module.exports = { conflict, runHooks };
