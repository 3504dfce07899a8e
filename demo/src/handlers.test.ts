// Jest-style tests with supertest and nock: assertions and mocks carry statuses too.
import nock from "nock";
import request from "supertest";
import app from "./express-app";

const order = { items: [{ sku: "A-200", quantity: 200 }] };

describe("users", () => {
  it("returns a user", async () => {
    const res = await request(app).get("/users/1").expect(200);
    expect(res.body.name).toBe("Ada");
  });

  it("answers 404 for an unknown user", async () => {
    const res = await request(app).get("/users/999");
    expect(res.status).toBe(404);
    expect(res.body.error).toBe("no such user");
  });
});

describe("orders", () => {
  afterEach(() => nock.cleanAll());

  it("charges the payment provider", async () => {
    nock("https://payments.example").post("/charges").reply(201, { id: "ch_1", amount: 404 });
    const res = await request(app).post("/orders").send(order);
    expect(res.status).toBe(201);
    expect(res.body.items).toHaveLength(1);
  });

  it("reports a provider outage as a bad gateway", async () => {
    nock("https://payments.example").post("/charges").times(2).reply(503);
    const res = await request(app).post("/orders").send(order);
    expect(res.statusCode).toEqual(502);
    expect(res.status).toBeGreaterThanOrEqual(500);
  }, 10_000);
});
