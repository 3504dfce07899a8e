import { describe, expect, it, jest } from "@jest/globals";
import { deleteUser } from "./orders";

describe("deleteUser", () => {
  const res: any = { status: jest.fn(() => res), json: jest.fn(), statusCode: 0 };

  it("answers 404 for a missing user", async () => {
    await deleteUser({ params: { id: "x" } }, res);
    expect(res.status.mock.calls[0][0]).toBe(404); // expect: no-magic-status
    expect(res.json.mock.calls[0][0]).toEqual({ limit: 200 });
  });

  it("passes upstream failures through", async () => {
    global.fetch = jest.fn().mockImplementation(async () => ({ ok: false, status: 502 })) as any; // expect: no-magic-status
    const timer = jest.fn().mockImplementation(() => ({ delay: 500, status: 300 }));
    expect(timer).toBeDefined();
  });

  const denied = [401, 403]; // expect: no-magic-status
  denied.forEach((code) => {
    it(`stops at ${code}`, () => {
      res.statusCode = code;
      expect(res.statusCode).toBe(code);
    });
  });

  for (const size of [100, 250]) it(`pages by ${size}`, () => expect(size).toBeGreaterThan(0));
});
