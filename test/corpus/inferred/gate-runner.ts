import { Elysia } from "elysia";
import { banGate, showUser, tokenGate, traceHook } from "./gates";

async function applyGate(gate: (ctx: any) => unknown, ctx: any) {
  const verdict: any = await gate(ctx);
  if (verdict) {
    ctx.set.status = verdict.code;
    throw verdict;
  }
}

async function trace(hook: () => unknown) {
  const entry: any = await hook();
  console.info("trace", entry.code, entry.message);
}

export const app = new Elysia()
  .onBeforeHandle(async (ctx) => {
    await applyGate(banGate, ctx);
    await applyGate(tokenGate, ctx);
    await trace(traceHook);
  })
  .get("/users/:id", ({ params }) => showUser(params.id));
