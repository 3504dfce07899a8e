import HttpFailure, { Amount, firstPage, ProblemError, ok, problem } from "./problems";
import { fail, ValidationProblem } from "./index";

export async function listOrders(req, res) {
  const rows = firstPage(await db.orders(), 200);
  if (!req.user) return problem(res, 401, "login first"); // expect: no-magic-status
  if (!req.user.admin) throw new ProblemError(403, "admins only"); // expect: no-magic-status
  if (rows.length === 0) throw new HttpFailure(404, "no orders"); // expect: no-magic-status
  return ok(res, rows);
}

export async function createOrder(req, res) {
  if (!req.body.items) throw new ValidationProblem(["items"]);
  const total = new Amount(404, "EUR");
  await db.insert({ total });
  return ok(res, { id: 1 }, 201); // expect: no-magic-status
}

export function refuse(res) {
  return fail(res, 409, "already shipped"); // expect: no-magic-status
}

class Conflict extends ProblemError {
  constructor() {
    super(409, "conflict"); // expect: no-magic-status
  }
}

export const conflict = () => new Conflict();
