/**
 * Shared settings, read by every rule: `settings["http-status"]` in the ESLint config.
 * Plain JSON only, so configs stay cloneable for `--concurrency` workers.
 */
import type { UserSink } from "./sinks";

export interface HttpStatusSettings {
  /** The project's own status positions, e.g. `{ "callee": "sendJson", "argument": 1 }`. */
  readonly sinks?: readonly UserSink[];
}

const validated = new WeakMap<object, HttpStatusSettings>();

function fail(message: string): never {
  throw new Error(`eslint-plugin-http-status: invalid settings["http-status"]: ${message}`);
}

function validateSink(sink: unknown, index: number): void {
  const where = `sinks[${index}]`;
  if (typeof sink !== "object" || sink === null || Array.isArray(sink)) fail(`${where} must be an object like { "callee": "sendJson", "argument": 1 }`);
  const entry = sink as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!["callee", "new", "argument", "property", "category"].includes(key)) fail(`${where} has unknown key "${key}"`);
  }
  if (typeof entry.callee !== "string" || !/^(?:[*~]|[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)*$/.test(entry.callee)) {
    fail(`${where}.callee must be a function name or member path such as "sendJson", "res.sendJson" or "*.sendJson"`);
  }
  if (entry.argument !== undefined && (!Number.isInteger(entry.argument) || (entry.argument as number) < 0)) {
    fail(`${where}.argument must be a non-negative integer`);
  }
  if (entry.property !== undefined && (typeof entry.property !== "string" || entry.property === "")) fail(`${where}.property must be a non-empty string`);
  if (entry.new !== undefined && typeof entry.new !== "boolean") fail(`${where}.new must be true or false`);
  if (entry.category !== undefined && !["response", "error", "comparison", "assertion", "mock"].includes(entry.category as string)) {
    fail(`${where}.category must be one of response, error, comparison, assertion, mock`);
  }
}

/** Validated shared settings; the same settings object (one per config) is checked once. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): HttpStatusSettings {
  const raw = settings?.["http-status"];
  if (raw === undefined) return {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("expected an object");
  const cached = validated.get(raw);
  if (cached) return cached;
  const { sinks, ...rest } = raw as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) fail(`unknown key "${unknown[0]}" (known: sinks)`);
  if (sinks !== undefined) {
    if (!Array.isArray(sinks)) fail("sinks must be an array");
    sinks.forEach(validateSink);
  }
  const result: HttpStatusSettings = sinks === undefined ? {} : { sinks: sinks as UserSink[] };
  validated.set(raw, result);
  return result;
}
