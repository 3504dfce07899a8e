import request from "supertest";
import { spawnSync } from "node:child_process";
import { app } from "./app";

describe("orders", () => {
  let created;
  beforeAll(async () => {
    created = await request(app).post("/orders").send({ items: [1] });
  });

  it("creates", () => {
    expect(created.status).toBe(201); // expect: no-magic-status
  });

  it("lists", async () => {
    const listing = await request(app).get("/orders");
    const { status: code } = listing;
    expect(code).toBe(200); // expect: no-magic-status
    expect(listing.body.items.length).toBe(200);
    expect(listing.body.total).toBe(404);
  });

  it("answers each page", async () => {
    const pages = await Promise.all([fetch("/orders?page=1"), fetch("/orders?page=2")]);
    const codes = pages.map((page) => page.status);
    expect(codes).toEqual([200, 200]); // expect: no-magic-status, no-magic-status
    expect(pages[1].status).toBe(200); // expect: no-magic-status
  });

  it("reads through then", async () => {
    const code = await fetch("/health").then((r) => r.status);
    if (code !== 200) throw new Error("down"); // expect: no-magic-status
  });

  it("refuses", async () => {
    try {
      await client.remove(1);
    } catch (refusal) {
      expect(refusal.status).toBe(409); // expect: no-magic-status
    }
  });

  it("is not a process", () => {
    const git = spawnSync("git", ["status"]);
    expect(git.status === 130).toBe(false);
    const reply = smtp.lastReply();
    const smtpCode = reply.code;
    expect(smtpCode === 250).toBe(true);
  });
});
