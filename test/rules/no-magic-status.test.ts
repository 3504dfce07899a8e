import { join } from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/no-magic-status";

const projects = join(__dirname, "../fixtures/projects");
/** A project that depends on http-status-codes: adding its import is safe, so the rule fixes. */
const withLibrary = join(projects, "with-library/file.ts");
const withLibraryTsx = join(projects, "with-library/file.tsx");
const withLibraryCjs = join(projects, "with-library/file.cjs");
const httpStatusCjs = join(projects, "http-status/file.cjs");
/** A project without any constant library: the rule only suggests. */
const noDeps = join(projects, "no-deps/file.ts");
const nestProject = join(projects, "nest/file.ts");

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

const IMPORT = 'import { StatusCodes } from "http-status-codes";\n';

/**
 * One status position per line, the literal written as «404». The file already imports StatusCodes,
 * so the expected output is the same line with the literal replaced, reported at the marker's column.
 */
const POSITIONS: ReadonlyArray<[string, string]> = [
  // Express
  ["res.status(«404»).json({ error: 'missing' });", "NOT_FOUND"],
  ["res.sendStatus(«204»);", "NO_CONTENT"],
  ["res.redirect(«301», '/new');", "MOVED_PERMANENTLY"],
  // node:http
  ["res.statusCode = «500»;", "INTERNAL_SERVER_ERROR"],
  ["res.writeHead(«200», { 'Content-Type': 'text/plain' });", "OK"],
  // Koa
  ["ctx.status = «201»;", "CREATED"],
  ["ctx.response.status = «202»;", "ACCEPTED"],
  ["ctx.throw(«401», 'login first');", "UNAUTHORIZED"],
  ["ctx.assert(user, «403», 'no access');", "FORBIDDEN"],
  // Fastify, Hapi
  ["reply.code(«201»).send(item);", "CREATED"],
  ["reply.status(«400»).send({ error });", "BAD_REQUEST"],
  ["reply.statusCode = «503»;", "SERVICE_UNAVAILABLE"],
  ["return h.response(item).code(«201»);", "CREATED"],
  // NestJS
  ["throw new HttpException('Forbidden', «403»);", "FORBIDDEN"],
  // Next.js and fetch Response
  ["return NextResponse.json(body, { status: «201» });", "CREATED"],
  ["return NextResponse.redirect(url, «308»);", "PERMANENT_REDIRECT"],
  ["return new NextResponse(null, { status: «204» });", "NO_CONTENT"],
  ["return new Response(text, { status: «404», headers });", "NOT_FOUND"],
  ["return Response.json(data, { status: «422» });", "UNPROCESSABLE_ENTITY"],
  ["return Response.redirect(url, «303»);", "SEE_OTHER"],
  // Hono
  ["return c.json({ ok: false }, «400»);", "BAD_REQUEST"],
  ["return c.text('gone', «410»);", "GONE"],
  ["c.status(«201»);", "CREATED"],
  ["return c.redirect('/login', «302»);", "MOVED_TEMPORARILY"],
  ["throw new HTTPException(«401», { message: 'no token' });", "UNAUTHORIZED"],
  // http-errors
  ["throw createError(«404», 'no such user');", "NOT_FOUND"],
  // AWS Lambda results
  ["return { statusCode: «200», body: JSON.stringify(items) };", "OK"],
  ["callback(null, { statusCode: «502», headers: {} });", "BAD_GATEWAY"],
  // Comparisons and fallbacks
  ["if (res.status === «404») return null;", "NOT_FOUND"],
  ["if («401» === err.response?.status) logout();", "UNAUTHORIZED"],
  ["if (response.statusCode != «200») retry();", "OK"],
  ["if ((await fetch(url)).status !== «204») fail();", "NO_CONTENT"],
  ["if (page.status() === «200») ok();", "OK"],
  ["if (exception.getStatus() === «401») logout();", "UNAUTHORIZED"],
  ["if (getResponseStatus(event) === «304») return;", "NOT_MODIFIED"],
  // Names that say HTTP status on any object
  ["const taken = new Error('taken'); taken.httpStatus = «409»; throw taken;", "CONFLICT"],
  ["const hookContext = { body: {}, headers: {}, httpCode: «200» };", "OK"],
  ["if (result.httpCode === «404») return missing();", "NOT_FOUND"],
  ["const upstream = await fetch(url); if (upstream.status === «429») wait();", "TOO_MANY_REQUESTS"],
  ["const reply = await api.get('/users'); expect(reply.status).toBe(«200»);", "OK"],
  ["res.status(err.status || «500»);", "INTERNAL_SERVER_ERROR"],
  ["const code = err.statusCode ?? «500»;", "INTERNAL_SERVER_ERROR"],
  ["res.status(found ? «200» : fallbackStatus);", "OK"],
  ["if ([«401»].includes(err.response?.status)) logout();", "UNAUTHORIZED"],
  // Assertions
  ["await request(app).get('/').expect(«200»);", "OK"],
  ["expect(res.status).toBe(«404»);", "NOT_FOUND"],
  ["expect(res.statusCode).not.toBe(«500»);", "INTERNAL_SERVER_ERROR"],
  ["expect(response.status).toEqual(«201»);", "CREATED"],
  ["expect(res).toHaveProperty('status', «200»);", "OK"],
  ["expect(res.status).to.equal(«200»);", "OK"],
  ["chaiExpect(res.status).to.eq(«304»);", "NOT_MODIFIED"],
  ["expect(res).to.have.status(«201»);", "CREATED"],
  ["expect(res.status).toHaveBeenCalledWith(«404»);", "NOT_FOUND"],
  ["expect(reply.code).toHaveBeenNthCalledWith(1, «201»);", "CREATED"],
  ["assert.strictEqual(res.statusCode, «200»);", "OK"],
  ["cy.request('/api').its('status').should('eq', «200»);", "OK"],
  // Custom error classes
  ["class GoneError extends HttpException { constructor() { super('Gone', «410»); } }", "GONE"],
  ["class NotFoundError extends Error { status = «404»; }", "NOT_FOUND"],
  ["class ApiError extends Error { constructor(m) { super(m); this.status = «409»; } }", "CONFLICT"],
  ["class Failure { statusCode = «502»; }", "BAD_GATEWAY"],
  // Other frameworks
  ["return fail(«400», { missing: true });", "BAD_REQUEST"],
  ["return sendNoContent(event, «204»);", "NO_CONTENT"],
  ["return redirect('/archive', { status: «303», headers });", "SEE_OTHER"],
  ["return json({ error: 'nope' }, «403»);", "FORBIDDEN"],
  ["throw new Boom('Unavailable', { statusCode: «503» });", "SERVICE_UNAVAILABLE"],
  // Mocks
  ["nock(base).get('/users').reply(«200», users);", "OK"],
  ["return HttpResponse.json(user, { status: «201» });", "CREATED"],
  ["return new HttpResponse(null, { status: «204» });", "NO_CONTENT"],
  ["await route.fulfill({ status: «404», body: 'missing' });", "NOT_FOUND"],
  ["cy.intercept('GET', '/api/users', { statusCode: «500» });", "INTERNAL_SERVER_ERROR"],
  ["req.reply(«503»);", "SERVICE_UNAVAILABLE"],
  // Elysia: the context's `status`, `set.status`, `redirect` and the older `error`
  ["app.get('/', ({ status }) => status(«418»));", "IM_A_TEAPOT"],
  ["app.post('/', ({ status, body }) => status(«201», body));", "CREATED"],
  ["app.get('/', ({ status = fallback }) => status(«404»));", "NOT_FOUND"],
  ["app.get('/', handler, { beforeHandle({ status }) { return status(«403»); } });", "FORBIDDEN"],
  ["import { status } from 'elysia'; export const gone = () => status(«410»);", "GONE"],
  ["app.get('/', ({ set }) => { set.status = «401»; });", "UNAUTHORIZED"],
  ["app.get('/', ({ redirect }) => redirect('/new', «301»));", "MOVED_PERMANENTLY"],
  ["app.get('/', ({ error }) => error(«404», 'missing'));", "NOT_FOUND"],
  // nock: files, reply callbacks' [status, body] tuples, recorded definitions
  ["scope.get('/logo.png').replyWithFile(«200», logoPath, { 'Content-Type': 'image/png' });", "OK"],
  ["scope.post('/users').reply((uri, body) => [«201», body]);", "CREATED"],
  ["scope.get('/users/1').reply(async () => { if (gone) return [«410»]; return [StatusCodes.OK, user]; });", "GONE"],
  ["mock.onGet('/users').reply(function () { return [«500», { error: 'down' }]; });", "INTERNAL_SERVER_ERROR"],
  ["nock.define([{ scope: base, method: 'GET', path: '/', status: «503», response: 'down' }]);", "SERVICE_UNAVAILABLE"],
  ["nock.define([{ scope: base, method: 'GET', path: '/missing', status: «404» }]);", "NOT_FOUND"],
  // Mocks resolving a response or rejecting with an HTTP error
  ["sinon.stub(axios, 'get').resolves({ status: «503», data: {}, headers: {} });", "SERVICE_UNAVAILABLE"],
  ["stub.returns({ status: «200», ok: true, json: async () => user });", "OK"],
  ["stub.rejects({ response: { status: «404», data: { error: 'missing' } } });", "NOT_FOUND"],
  ["axios.get.mockRejectedValue({ response: { status: «401» } });", "UNAUTHORIZED"],
  ["axios.get.mockResolvedValueOnce({ data: [], status: «200» });", "OK"],
  // Retry options
  ["const api = ky.create({ retry: { limit: 2, statusCodes: [«408»] } });", "REQUEST_TIMEOUT"],
  ["const api = ky.create({ retry: { limit: 2, afterStatusCodes: [«429»] } });", "TOO_MANY_REQUESTS"],
  ["await got(url, { retry: { limit: 3, methods: ['GET'], statusCodes: [«503»] } });", "SERVICE_UNAVAILABLE"],
  // Statuses assigned onto an error
  ["throw Object.assign(new Error('gone'), { status: «410» });", "GONE"],
  ["Object.assign(err, { status: «418», expose: true });", "IM_A_TEAPOT"],
];

function positionCase([template, member]: [string, string]) {
  const column = template.indexOf("«") + 1;
  const code = IMPORT + template.replace(/«(\d+)»/, "$1");
  const output = IMPORT + template.replace(/«\d+»/, `StatusCodes.${member}`);
  return { code, output, filename: withLibrary, errors: [{ messageId: "useConstant" as const, line: 2, column }] };
}

ruleTester.run("no-magic-status", rule, {
  valid: [
    // Numbers that are not statuses, even in HTTP code.
    "setTimeout(retry, 500);",
    "const preview = text.slice(0, 200);",
    "const box = { width: 404, height: 300, fontWeight: 500, zIndex: 100 };",
    "app.listen(443);",
    "process.exit(130);",
    "if (smtp.responseCode === 550) bounce();",
    "if (order.status === 200) ship(order);",
    // A code, a state or a size under another name stays silent.
    "order.stateCode = 200;\njob.retryCode = 503;\nconst upload = { maxCode: 404, sizeCode: 300 };",
    "if (res.data.status === 200) use(res.data);",
    "const ok = res.status >= 200 && res.status < 300;",
    "const serverError = Math.floor(res.status / 100) === 5;",
    "expect(res.status).toBeGreaterThanOrEqual(400);",
    "const NOT_FOUND = 404;",
    "enum Codes { Missing = 404 }",
    "const schema = { response: { 200: userSchema, 404: errorSchema } };",
    "res.status(500).json({ statusCode: 500, message: 'boom' });".replace("res.status(500)", "res.status(StatusCodes.INTERNAL_SERVER_ERROR)"),
    "ctx.body = { statusCode: 404 };",
    "type Reply = { status: 200; body: string } | { status: 404 };",
    "fetch('/404');",
    "// res.status(404)",
    "res.status(0x194);",
    "res.status(4_04);",
    "res.status(404.0);",
    "res.status(-404);",
    "fs.chmodSync(file, 0o644);",
    "const limit = rateLimit({ windowMs: 60000, limit: 100 });",
    "const retry = { delay: 300, retries: 3 };",
    "const entry = cache.get(key); if (entry.status === 200) use(entry);",
    "const job = await queue.add(task); if (job.status === 100) done();",
    "expect(logger.info).toHaveBeenCalledWith(404);",
    "if (job.getStatus() === 200) done();",
    "expect(res.json).toHaveBeenCalledWith({ total: 404 });",
    "class Order { status = 200; constructor() { this.status = 300; } }",
    "class Widget extends Base { constructor() { super('x', 404); } }",
    "class Job extends Error { static status = 500; }",
    "if (xhr.status === 0) offline();",
    // A bare `status(…)` that is not Elysia's context or import.
    "function status(code) { return code; } status(404);",
    "app.get('/', (status) => status(404));",
    "app.get('/', ({ status }) => { function status(code) { return code; } return status(404); });",
    "app.get('/', (ctx) => { const { status } = job; return status(404); });",
    "import { status } from './jobs'; status(404);",
    // A reply callback's own result only, and a body callback's result is a body.
    "scope.get('/').reply(() => { const pairs = rows.map((row) => [200, row]); return pairs[0]; });",
    "scope.get('/').reply(StatusCodes.OK, () => [300, 'x']);",
    "const pairs = rows.map((row) => [200, row]);",
    // Records that are not responses, and assignments onto objects that are not errors.
    "stub.returns({ status: 200 });",
    "stub.resolves({ id: 7, status: 200 });",
    "Object.assign(config, { status: 418 });",
    "Object.assign(order, { status: 200 });",
    "const retry = { limit: 100, maxRetryAfter: 300, backoffLimit: 500 };",
    // Numbers beside HTTP that are not statuses.
    "if (spawnSync('git', ['status']).status === 130) abort();",
    "const result = spawnSync('make'); if (result.status === 130) abort();",
    "if (reply.code === 250) delivered();",
    "if (code === 226) transferred();",
    "ws.close(1000); socket.close(4001, 'unauthorized');",
    "paginate(items, 200); retryAfter(500, 3); new Money(404, 'EUR'); new Cache(300);",
    "expect(list.body.items.length).toBe(200);",
    "expect(body.total).toBe(404);",
    "const Code = t.Number({ minimum: 100, maximum: 599 });",
    // After a spread, argument positions are unknown.
    "c.json(...args, 404);",
    // Out of range: a bug for no-unknown-status, not a status to name.
    "res.status(1000);",
    "res.status(99);",
    // Not registered (420 is not METHOD_FAILURE, 499 is nginx's): no-unknown-status reports these, once.
    { filename: withLibrary, code: IMPORT + "res.status(499).end();\nctx.throw(420);\nres.status(299);\nreturn new Response(null, { status: 599 });" },
    { filename: withLibrary, code: "throw createError(419, 'Page expired');\nif (res.status === 217) retry();" },
    // Already named.
    IMPORT + "res.status(StatusCodes.NOT_FOUND);",
    // Options.
    { code: "res.status(404);", options: [{ allow: [404] }] },
    { code: "if (res.status === 404) return;", options: [{ checkComparisons: false }] },
    { code: "expect(res.status).toBe(200); nock(base).get('/').reply(200);", options: [{ checkTests: false }] },
  ],
  invalid: [
    ...POSITIONS.map(positionCase),

    // The import is added after the last import, in the file's quote style.
    {
      filename: withLibrary,
      code: "import express from 'express';\nimport { db } from './db';\n\napp.get('/', (req, res) => res.sendStatus(204));\n",
      output:
        "import express from 'express';\nimport { db } from './db';\nimport { StatusCodes } from 'http-status-codes';\n\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));\n",
      errors: [{ messageId: "useConstant", line: 4, column: 43, data: { constant: "StatusCodes.NO_CONTENT", status: "204 (No Content)" } }],
    },
    // CommonJS files get a require after the leading requires, keeping "use strict" first.
    {
      filename: withLibraryCjs,
      code: '"use strict";\nconst express = require("express");\n\nmodule.exports = (req, res) => res.status(404).end();\n',
      output:
        '"use strict";\nconst express = require("express");\nconst { StatusCodes } = require("http-status-codes");\n\nmodule.exports = (req, res) => res.status(StatusCodes.NOT_FOUND).end();\n',
      errors: [{ messageId: "useConstant", line: 4, column: 43 }],
    },
    // No import or plain require, but CommonJS all the same: a require is added after the call on a require.
    {
      filename: join(projects, "with-library/server.js"),
      code: "const app = require('./app')({ logger: true });\napp.get('/', (req, reply) => reply.code(200).send());\n",
      output:
        "const app = require('./app')({ logger: true });\nconst { StatusCodes } = require('http-status-codes');\napp.get('/', (req, reply) => reply.code(StatusCodes.OK).send());\n",
      errors: [{ messageId: "useConstant", line: 2, column: 41 }],
    },
    // The leading block of requires runs to its last require, whatever shape each one has.
    {
      filename: join(projects, "with-library/app.js"),
      code: [
        "'use strict';",
        "var finalhandler = require('finalhandler');",
        "var deprecate = require('depd')('express');",
        "var flatten = require('array-flatten').flatten;",
        "var debug = require('debug')('express:application'), Router = require('router');",
        "require('dotenv').config();",
        "var slice = Array.prototype.slice;",
        "var later = require('later');",
        "",
        "module.exports = function (req, res) { res.statusCode = 404; };",
        "",
      ].join("\n"),
      output: [
        "'use strict';",
        "var finalhandler = require('finalhandler');",
        "var deprecate = require('depd')('express');",
        "var flatten = require('array-flatten').flatten;",
        "var debug = require('debug')('express:application'), Router = require('router');",
        "require('dotenv').config();",
        "const { StatusCodes } = require('http-status-codes');",
        "var slice = Array.prototype.slice;",
        "var later = require('later');",
        "",
        "module.exports = function (req, res) { res.statusCode = StatusCodes.NOT_FOUND; };",
        "",
      ].join("\n"),
      errors: [{ messageId: "useConstant", line: 10, column: 57 }],
    },
    // A file with no module syntax gets the import form Node (or TypeScript) loads it with:
    // - require: a .js/.jsx under no "type" or "commonjs", and every .cjs/.cts whatever the package says;
    // - import: a .js/.jsx under "type": "module", every .mjs, and TypeScript's .ts/.tsx/.mts whatever the package type.
    ...(
      [
        ['const { StatusCodes } = require("http-status-codes");\n', ["with-library/plain.js", "commonjs-package/plain.js", "commonjs-package/Plain.jsx", "module-package/plain.cjs", "module-package/plain.cts"]],
        ['import { StatusCodes } from "http-status-codes";\n', ["module-package/plain.js", "module-package/Plain.jsx", "commonjs-package/plain.mjs", "commonjs-package/plain.ts", "commonjs-package/plain.mts", "module-package/plain.ts"]],
      ] as const
    ).flatMap(([header, files]) =>
      files.map((file) => ({
        filename: join(projects, file),
        code: "function gone(res) {\n  res.status(410).end();\n}\n",
        output: `${header}\nfunction gone(res) {\n  res.status(StatusCodes.GONE).end();\n}\n`,
        errors: [{ messageId: "useConstant" as const, line: 2, column: 14 }],
      })),
    ),
    // A file with no imports gets the import below its header comment, above the code.
    {
      filename: withLibrary,
      code: "// Copyright Example Ltd.\n\nexport function handler(req, res) {\n  res.status(201).end();\n}\n",
      output:
        '// Copyright Example Ltd.\n\nimport { StatusCodes } from "http-status-codes";\n\nexport function handler(req, res) {\n  res.status(StatusCodes.CREATED).end();\n}\n',
      errors: [{ messageId: "useConstant", line: 4, column: 14 }],
    },
    // Every status in a list compared with a status read.
    {
      filename: withLibrary,
      code: IMPORT + "if ([401, 403].includes(err.response?.status)) logout();",
      output: IMPORT + "if ([StatusCodes.UNAUTHORIZED, StatusCodes.FORBIDDEN].includes(err.response?.status)) logout();",
      errors: [
        { messageId: "useConstant", line: 2, column: 6 },
        { messageId: "useConstant", line: 2, column: 11 },
      ],
    },
    // Both branches of a conditional in a status position.
    {
      filename: withLibrary,
      code: IMPORT + "res.status(found ? 200 : 404);",
      output: IMPORT + "res.status(found ? StatusCodes.OK : StatusCodes.NOT_FOUND);",
      errors: [
        { messageId: "useConstant", line: 2, column: 20 },
        { messageId: "useConstant", line: 2, column: 26 },
      ],
    },
    // A deprecated code is not fixed into its deprecated constant: the rewrite is only a suggestion.
    {
      filename: withLibrary,
      code: IMPORT + "res.status(305).end();",
      output: null,
      errors: [
        {
          messageId: "deprecatedStatus",
          line: 2,
          column: 12,
          data: { constant: "StatusCodes.USE_PROXY", status: "305 (Use Proxy)" },
          suggestions: [
            {
              messageId: "suggestConstant",
              data: { constant: "StatusCodes.USE_PROXY", exportName: "StatusCodes", module: "http-status-codes" },
              output: IMPORT + "res.status(StatusCodes.USE_PROXY).end();",
            },
          ],
        },
      ],
    },
    {
      filename: withLibrary,
      code: "app.get('/', (req, res) => res.status(102).end());",
      output: null,
      errors: [
        {
          messageId: "deprecatedStatus",
          line: 1,
          column: 39,
          data: { constant: "StatusCodes.PROCESSING", status: "102 (Processing)" },
          suggestions: [
            {
              messageId: "suggestConstant",
              data: { constant: "StatusCodes.PROCESSING", exportName: "StatusCodes", module: "http-status-codes" },
              output: "import { StatusCodes } from 'http-status-codes';\n\napp.get('/', (req, res) => res.status(StatusCodes.PROCESSING).end());",
            },
          ],
        },
      ],
    },
    // http-status names 306 SWITCH_PROXY; still only a suggestion.
    {
      filename: withLibrary,
      code: 'import status from "http-status";\nres.status(306).end();',
      output: null,
      errors: [
        {
          messageId: "deprecatedStatus",
          line: 2,
          column: 12,
          data: { constant: "status.SWITCH_PROXY", status: "306 (Unused)" },
          suggestions: [
            {
              messageId: "suggestConstant",
              data: { constant: "status.SWITCH_PROXY", exportName: "status", module: "http-status" },
              output: 'import status from "http-status";\nres.status(status.SWITCH_PROXY).end();',
            },
          ],
        },
      ],
    },
    // http-status-codes has no 306: the usual "no constant" report, with nothing to offer.
    {
      filename: withLibrary,
      code: IMPORT + "res.status(306).end();",
      output: null,
      errors: [{ messageId: "noConstant", line: 2, column: 12, data: { status: "306 (Unused)", library: "StatusCodes" } }],
    },
    // Every local name for the library is taken: the report stays, without a suggestion.
    {
      filename: withLibrary,
      code: "const StatusCodes = {};\nconst HttpStatusCodes = {};\nres.status(305);",
      output: null,
      errors: [{ messageId: "deprecatedStatus", line: 3, column: 12, data: { constant: "StatusCodes.USE_PROXY", status: "305 (Use Proxy)" }, suggestions: [] }],
    },
    // Reuses an aliased import.
    {
      filename: withLibrary,
      code: 'import { StatusCodes as S } from "http-status-codes";\nres.status(404);',
      output: 'import { StatusCodes as S } from "http-status-codes";\nres.status(S.NOT_FOUND);',
      errors: [{ messageId: "useConstant", line: 2, column: 12, data: { constant: "S.NOT_FOUND", status: "404 (Not Found)" } }],
    },
    // Reuses a namespace import.
    {
      filename: withLibrary,
      code: 'import * as codes from "http-status-codes";\nres.status(404);',
      output: 'import * as codes from "http-status-codes";\nres.status(codes.StatusCodes.NOT_FOUND);',
      errors: [{ messageId: "useConstant", line: 2, column: 12 }],
    },
    // Merges into an existing value import of the library.
    {
      filename: withLibrary,
      code: 'import { ReasonPhrases } from "http-status-codes";\nres.status(404).send(ReasonPhrases.NOT_FOUND);',
      output: 'import { ReasonPhrases, StatusCodes } from "http-status-codes";\nres.status(StatusCodes.NOT_FOUND).send(ReasonPhrases.NOT_FOUND);',
      errors: [{ messageId: "useConstant", line: 2, column: 12 }],
    },
    // Never merges into `import type`: an enum used as a value needs a value import.
    {
      filename: withLibrary,
      code: 'import type { StatusCodes } from "http-status-codes";\nres.status(404);',
      output: 'import type { StatusCodes } from "http-status-codes";\nimport { HttpStatusCodes } from "http-status-codes";\nres.status(HttpStatusCodes.NOT_FOUND);'.replace(
        "import { HttpStatusCodes }",
        "import { StatusCodes as HttpStatusCodes }",
      ),
      errors: [{ messageId: "useConstant", line: 2, column: 12 }],
    },
    // A local name that is taken gets an alias rather than a shadowing import.
    {
      filename: withLibrary,
      code: "import { x } from './x';\nconst StatusCodes = legacy();\nres.status(404);",
      output:
        'import { x } from \'./x\';\nimport { StatusCodes as HttpStatusCodes } from \'http-status-codes\';\nconst StatusCodes = legacy();\nres.status(HttpStatusCodes.NOT_FOUND);',
      errors: [{ messageId: "useConstant", line: 3, column: 12 }],
    },
    // Comments and parentheses around the literal stay.
    {
      filename: withLibrary,
      code: IMPORT + "res.status(/* gone for good */ (410));",
      output: IMPORT + "res.status(/* gone for good */ (StatusCodes.GONE));",
      errors: [{ messageId: "useConstant", line: 2, column: 33 }],
    },
    // `as const` stays valid on an enum member…
    {
      filename: withLibrary,
      code: IMPORT + "res.status(404 as const);",
      output: IMPORT + "res.status(StatusCodes.NOT_FOUND as const);",
      errors: [{ messageId: "useConstant", line: 2, column: 12 }],
    },
    // …but not on a property access, so it goes with libraries that are plain objects.
    {
      filename: withLibrary,
      options: [{ library: "node:http2" }],
      code: 'import { constants } from "node:http2";\nres.status(404 as const);',
      output: 'import { constants } from "node:http2";\nres.status(constants.HTTP_STATUS_NOT_FOUND);',
      errors: [{ messageId: "useConstant", line: 2, column: 12 }],
    },
    // `satisfies` and type assertions keep their place.
    {
      filename: withLibrary,
      code: IMPORT + "const reply = { statusCode: 201, body: '' } satisfies Result;\nres.status(<number>409);",
      output: [
        IMPORT + "const reply = { statusCode: StatusCodes.CREATED, body: '' } satisfies Result;\nres.status(<number>StatusCodes.CONFLICT);",
      ],
      errors: [
        { messageId: "useConstant", line: 2, column: 29 },
        { messageId: "useConstant", line: 3, column: 20 },
      ],
    },
    // JSX expression containers.
    {
      filename: withLibraryTsx,
      code: IMPORT + "const view = <Retry onClick={() => res.status(503)} />;",
      output: IMPORT + "const view = <Retry onClick={() => res.status(StatusCodes.SERVICE_UNAVAILABLE)} />;",
      errors: [{ messageId: "useConstant", line: 2, column: 47 }],
    },
    // Several literals and no import yet: the first pass adds the import, the second names the rest.
    {
      filename: withLibrary,
      code: "import { app } from './app';\napp.get('/a', (req, res) => res.status(200).end());\napp.get('/b', (req, res) => res.status(404).end());\n",
      output: [
        "import { app } from './app';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/a', (req, res) => res.status(StatusCodes.OK).end());\napp.get('/b', (req, res) => res.status(404).end());\n",
        "import { app } from './app';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/a', (req, res) => res.status(StatusCodes.OK).end());\napp.get('/b', (req, res) => res.status(StatusCodes.NOT_FOUND).end());\n",
      ],
      errors: [
        { messageId: "useConstant", line: 2, column: 40 },
        { messageId: "useConstant", line: 3, column: 40 },
      ],
    },
    // NestJS: decorators, and a code HttpStatus lacks.
    {
      filename: nestProject,
      code: [
        "import { Controller, HttpCode, Post, Redirect } from '@nestjs/common';",
        "@Controller('users')",
        "export class UsersController {",
        "  @Post() @HttpCode(204) remove() {}",
        "  @Redirect('https://docs.example.com', 301) docs() {}",
        "  @Post('ws') upgrade(@Res() res) { res.status(426).end(); }",
        "}",
      ].join("\n"),
      output: [
        [
          "import { Controller, HttpCode, Post, Redirect, HttpStatus } from '@nestjs/common';",
          "@Controller('users')",
          "export class UsersController {",
          "  @Post() @HttpCode(HttpStatus.NO_CONTENT) remove() {}",
          "  @Redirect('https://docs.example.com', 301) docs() {}",
          "  @Post('ws') upgrade(@Res() res) { res.status(426).end(); }",
          "}",
        ].join("\n"),
        [
          "import { Controller, HttpCode, Post, Redirect, HttpStatus } from '@nestjs/common';",
          "@Controller('users')",
          "export class UsersController {",
          "  @Post() @HttpCode(HttpStatus.NO_CONTENT) remove() {}",
          "  @Redirect('https://docs.example.com', HttpStatus.MOVED_PERMANENTLY) docs() {}",
          "  @Post('ws') upgrade(@Res() res) { res.status(426).end(); }",
          "}",
        ].join("\n"),
      ],
      errors: [
        { messageId: "useConstant", line: 4, column: 21 },
        { messageId: "useConstant", line: 5, column: 41 },
        { messageId: "noConstant", line: 6, column: 48, data: { status: "426 (Upgrade Required)", library: "HttpStatus" } },
      ],
    },
    // http-status in CommonJS needs the named `status` export.
    {
      filename: httpStatusCjs,
      options: [{ library: "http-status" }],
      code: "const express = require('express');\nconst status = 1;\nres.status(404);",
      output: "const express = require('express');\nconst { status: httpStatus } = require('http-status');\nconst status = 1;\nres.status(httpStatus.NOT_FOUND);",
      errors: [{ messageId: "useConstant", line: 3, column: 12 }],
    },
    // A project's own constants module.
    {
      filename: noDeps,
      options: [{ library: { module: "@acme/http", name: "Http" } }],
      code: "res.status(404);",
      output: 'import { Http } from "@acme/http";\n\nres.status(Http.NOT_FOUND);',
      errors: [{ messageId: "useConstant", line: 1, column: 12 }],
    },
    // The library is neither imported nor a dependency: a suggestion, not a fix.
    {
      filename: noDeps,
      code: "import express from 'express';\nres.status(404);",
      output: null,
      errors: [
        {
          messageId: "useConstant",
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: "suggestConstant",
              data: { constant: "StatusCodes.NOT_FOUND", exportName: "StatusCodes", module: "http-status-codes" },
              output: "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
            },
          ],
        },
      ],
    },
    // Project-specific status positions from shared settings.
    {
      filename: withLibrary,
      settings: { "http-status": { sinks: [{ callee: "sendJson", argument: 1 }, { callee: "ApiError", new: true, argument: 1 }] } },
      code: IMPORT + "sendJson(res, 404, body);\nthrow new ApiError('nope', 409);\nsendJson(res, body, 404);",
      output: [
        IMPORT + "sendJson(res, StatusCodes.NOT_FOUND, body);\nthrow new ApiError('nope', StatusCodes.CONFLICT);\nsendJson(res, body, 404);",
      ],
      errors: [
        { messageId: "useConstant", line: 2, column: 15 },
        { messageId: "useConstant", line: 3, column: 28 },
      ],
    },
  ],
});
