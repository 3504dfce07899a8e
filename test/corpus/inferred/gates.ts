// Gates hand back a verdict or nothing; ./gate-runner.ts turns a verdict's code into the status.
import { envelope, Verdict } from "./verdicts";

export async function tokenGate(ctx: { token?: string }) {
  if (!ctx.token) return Verdict.deny(401, "no token"); // expect: no-magic-status
  if (ctx.token.length > 512) return Verdict.deny(431, "token too long"); // expect: no-magic-status
  return undefined;
}

export const banGate = (ctx: { ip: string; banned: Set<string> }) =>
  ctx.banned.has(ctx.ip) ? envelope.fail(403, "banned") : undefined; // expect: no-magic-status

// The handler's envelope is the body of a 200; the hook's code is only logged.
export async function showUser(id: string) {
  if (!id) return envelope.fail(404, "no such user");
  return Verdict.pass({ id });
}

export function traceHook() {
  return Verdict.deny(409, "traced");
}
