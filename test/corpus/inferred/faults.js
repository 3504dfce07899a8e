// Error classes that take their status in an option object, and a test helper that returns a
// response. Made up for the corpus.
class UpstreamFault extends Error {
  constructor(init) {
    super(init.detail);
    Object.assign(this, init);
  }
}

class QuotaFault extends Error {
  constructor(init) {
    super(init.message);
    this.status = init.status;
    this.retryAfter = init.retryAfter;
  }
}

class Job {
  constructor(init) {
    Object.assign(this, init);
  }
}

function translate(text) {
  if (text.length > 5000) throw new UpstreamFault({ status: 413, detail: "too long" }); // expect: no-magic-status
  if (!text) throw new QuotaFault({ status: 429, retryAfter: 120, message: "later" }); // expect: no-magic-status
  return new Job({ status: 200, priority: 300 });
}

const call = async (app, path) => app.handle(new Request(`http://localhost${path}`));

async function checks(app) {
  expect((await call(app, "/health")).status).toBe(200); // expect: no-magic-status
  expect((await call(app, "/items")).headers.get("x-total")).toBe("404");
}

module.exports = { translate, checks };
