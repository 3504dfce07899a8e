/**
 * The shipped configs, run through ESLint itself: what `recommended`, `strict` and `all` report on
 * the misuses the issues name, message for message.
 */
import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index";

const root = join(__dirname, "..");

async function lint(code: string, ...configs: Linter.Config[]): Promise<[string | null, number, number, string][]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configs });
  const [result] = await eslint.lintText(code, { filePath: join(root, "config-sample.js") });
  return result!.messages.map((message) => [message.ruleId, message.line, message.column, message.message]);
}

const { recommended, strict, all } = plugin.configs;
const HEADERS = "http-status/require-status-headers";
const MAGIC = "http-status/no-magic-status";

describe("configs.recommended: the headers RFC 9110 requires, except WWW-Authenticate", () => {
  const upgrade = "426 (Upgrade Required) requires the Upgrade header (RFC 9110 §15.5.22); set it on the same response.";
  const magic426 = "Use StatusCodes.UPGRADE_REQUIRED instead of the magic number 426 (Upgrade Required).";

  it.each([
    ["Express", "app.get('/ws', (req, res) => res.status(426).send('use websockets'));"],
    ["Koa", "router.get('/ws', (ctx) => { ctx.status = 426; ctx.body = 'use websockets'; });"],
    ["Fastify", "fastify.get('/ws', async (request, reply) => reply.code(426).send('use websockets'));"],
    ["node:http", "http.createServer((req, res) => { res.writeHead(426, { 'Content-Type': 'text/plain' }); res.end('use websockets'); });"],
    ["fetch Response", "export default { fetch: () => new Response('use websockets', { status: 426 }) };"],
  ])("reports 426 without Upgrade (%s)", async (_framework, code) => {
    const column = code.indexOf("426") + 1;
    expect(await lint(code, recommended)).toEqual([
      [MAGIC, 1, column, magic426],
      [HEADERS, 1, column, upgrade],
    ]);
  });

  it("stays silent on 426 with Upgrade", async () => {
    expect(await lint("app.get('/ws', (req, res) => res.status(426).set('Upgrade', 'websocket').send('use websockets'));", recommended)).toEqual([
      [MAGIC, 1, 41, magic426],
    ]);
  });

  it("reports 405 without Allow and 301 without Location", async () => {
    const code = "app.all('/upload', (req, res) => res.status(405).end());\napp.get('/old', (req, res) => res.status(301).end());";
    expect(await lint(code, recommended)).toEqual([
      [MAGIC, 1, 45, "Use StatusCodes.METHOD_NOT_ALLOWED instead of the magic number 405 (Method Not Allowed)."],
      [HEADERS, 1, 45, "405 (Method Not Allowed) requires the Allow header (RFC 9110 §15.5.6); set it on the same response."],
      [MAGIC, 2, 42, "Use StatusCodes.MOVED_PERMANENTLY instead of the magic number 301 (Moved Permanently)."],
      [HEADERS, 2, 42, "301 (Moved Permanently) requires the Location header (RFC 9110 §15.4.2); set it on the same response."],
    ]);
  });

  it("reports 407 without Proxy-Authenticate", async () => {
    expect(await lint("app.get('/proxy', (req, res) => res.status(407).end());", recommended)).toEqual([
      [MAGIC, 1, 44, "Use StatusCodes.PROXY_AUTHENTICATION_REQUIRED instead of the magic number 407 (Proxy Authentication Required)."],
      [HEADERS, 1, 44, "407 (Proxy Authentication Required) requires the Proxy-Authenticate header (RFC 9110 §15.5.8); set it on the same response."],
    ]);
  });

  const unauthorized = "app.get('/me', (req, res) => res.status(401).json({ error: 'login required' }));";
  const magic401 = "Use StatusCodes.UNAUTHORIZED instead of the magic number 401 (Unauthorized).";
  const challenge = "401 (Unauthorized) requires the WWW-Authenticate header (RFC 9110 §15.5.2); set it on the same response.";

  it("does not report 401 without WWW-Authenticate", async () => {
    expect(await lint(unauthorized, recommended)).toEqual([[MAGIC, 1, 41, magic401]]);
  });

  it("leaves 401 to configs.strict, which reports it, also when it comes after recommended", async () => {
    expect(await lint(unauthorized, strict)).toEqual([
      [MAGIC, 1, 41, magic401],
      [HEADERS, 1, 41, challenge],
    ]);
    expect(await lint(unauthorized, recommended, strict)).toEqual([
      [MAGIC, 1, 41, magic401],
      [HEADERS, 1, 41, challenge],
    ]);
    expect(await lint(unauthorized, all)).toEqual([
      [MAGIC, 1, 41, magic401],
      [HEADERS, 1, 41, challenge],
    ]);
  });

  it("sets require-status-headers' option, not a second rule", () => {
    expect(recommended.rules?.[HEADERS]).toEqual(["error", { checkWwwAuthenticate: false }]);
    expect(strict.rules?.[HEADERS]).toEqual(["error", { checkWwwAuthenticate: true }]);
    expect(all.rules?.[HEADERS]).toEqual(["error", { checkWwwAuthenticate: true }]);
  });
});

describe("configs.all: one problem, one report", () => {
  it("reports res.status(499) once, from no-unknown-status", async () => {
    expect(await lint("app.get('/', (req, res) => res.status(499).end());", all)).toEqual([
      [
        "http-status/no-unknown-status",
        1,
        39,
        "499 (Client Closed Request, nginx) is not in the IANA HTTP status registry; clients that do not know it treat it as 400. Use a registered status, or add 499 to `allow` if the project sends it on purpose.",
      ],
    ]);
  });

  it("reports res.status(305) as deprecated, and as magic without a fix", async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [all], fix: true });
    const code = "app.get('/', (req, res) => res.status(305).end());";
    const [result] = await eslint.lintText(code, { filePath: join(root, "config-sample.js") });
    expect(result!.output).toBeUndefined();
    expect(result!.messages.map((message) => [message.ruleId, message.column, message.message, message.suggestions?.map((suggestion) => suggestion.desc) ?? []])).toEqual([
      [
        "http-status/no-deprecated-status",
        39,
        "305 Use Proxy is deprecated for security reasons by RFC 9110 §15.4.6; configure the proxy on the client instead of asking it from the response.",
        [],
      ],
      [
        MAGIC,
        39,
        "Magic HTTP status 305 (Use Proxy) is deprecated, so it is not fixed to StatusCodes.USE_PROXY: replace the status itself (no-deprecated-status says with what).",
        ["Replace with StatusCodes.USE_PROXY (imports StatusCodes from 'http-status-codes')."],
      ],
    ]);
  });
});
