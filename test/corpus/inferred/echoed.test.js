// Statuses read where a client meets them: a response body that echoes its status, jQuery's
// failure callbacks, statuses read through parseInt. Made up for the corpus.
const request = require("supertest");
const { expect } = require("chai");
const app = require("./app");

describe("problems", () => {
  it("echoes the status in the body", async () => {
    const res = await request(app).get("/missing");
    res.body.status.should.equal(404); // expect: no-magic-status
    expect(res.body).to.have.property("status", 404); // expect: no-magic-status
    expect(res.body.items).to.have.property("length", 200);
    expect(res.body.total).to.equal(404);
  });

  it("keeps a request body's numbers", async () => {
    const req = { body: { status: 200 } };
    if (req.body.status === 300) throw new Error("no");
  });
});

const pages = [
  { url: "/", status: 200 }, // expect: no-magic-status
  { url: "/admin", status: 401 }, // expect: no-magic-status
  { url: "/big", limit: 500 },
];
for (const page of pages) {
  it(`answers ${page.url}`, async () => {
    const res = await request(app).get(page.url);
    expect(res.status).to.equal(page.status);
  });
}

function load(url) {
  $.ajax({
    url,
    timeout: 500,
    error(data) {
      if (data.status === 403) window.location = "/login"; // expect: no-magic-status
      if (data.responseText.length > 400) console.warn("long");
    },
  });
  $.get(url)
    .done(render)
    .fail(function (xhr) {
      if (parseInt(xhr.status, 10) === 302) follow(xhr); // expect: no-magic-status
    });
  modal.open({ error(info) { return info.status === 500; } });
}

function deny(res, code) {
  res.status(code).end();
}

function guard(options) {
  const onDenied = options.onDenied || deny;
  const log = options.logger || console.log;
  return (req, res) => {
    log("denied", 500);
    onDenied(res, 403); // expect: no-magic-status
  };
}

function cached(url) {
  return fetch(url).then(({ status: code, size }) => {
    if (size === 404) console.warn("odd size");
    return code === 304; // expect: no-magic-status
  });
}

async function relay(call) {
  try {
    return await call();
  } catch (error) {
    const code = error.status || 500; // expect: no-magic-status
    const retries = error.retries || 300;
    if (retries === 200) console.warn("many retries");
    return code === 401 ? "login" : "failed"; // expect: no-magic-status
  }
}

module.exports = { load, guard, cached, relay };
