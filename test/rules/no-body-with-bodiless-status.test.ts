import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/no-body-with-bodiless-status";

const ruleTester = new RuleTester();

// Every report sits on the status value itself, so positions are spelled out in full.

ruleTester.run("no-body-with-bodiless-status", rule, {
  valid: [
    // Elysia: no body, a body returned by another branch, or by a function nested in the handler.
    "app.delete('/', ({ status }) => status(204));",
    "app.delete('/', ({ set }) => { set.status = 204; });",
    "app.delete('/', ({ set }) => { set.status = 204; return; });",
    "app.get('/', ({ set }) => { if (fresh) { set.status = 304; return; } return article; });",
    "app.get('/', ({ set }) => { set.status = 204; set.status = 200; return data; });",
    "app.get('/', ({ set }) => { items.forEach(() => { set.status = 204; return item; }); });",
    "app.get('/', ({ set, status }) => { set.status = 204; return status(204); });",
    // Only Elysia's destructured `set` sends what the handler returns.
    "router.delete('/', (set) => { set.status = 204; return next(); });",
    // nock: a recorded definition's `body` is the request's, a tuple without a body has none.
    "nock.define([{ scope: base, method: 'POST', path: '/', body: { name: 'x' }, status: 204 }]);",
    "scope.delete('/items/1').reply(() => [204]);",
    // No body: no argument, null, undefined, an empty string.
    "app.delete('/', (req, res) => res.status(204).end());",
    "app.delete('/', (req, res) => res.status(204).send());",
    "app.delete('/', (req, res) => res.status(204).send(''));",
    "app.delete('/', (req, res) => res.status(204).json(null));",
    "app.delete('/', (req, res) => res.sendStatus(204));",
    "http.createServer((req, res) => { res.writeHead(304); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(204, { ETag: etag }); res.end(undefined); });",
    "fastify.put('/', async (request, reply) => { reply.statusCode = 204; return reply.send(); });",
    "app.delete('/', (c) => c.body(null, 204));",
    "app.get('/', (c) => c.newResponse(null, 304));",
    "app.get('/', (c) => { c.status(204); return c.body(null); });",
    "server.route({ path: '/', handler: (request, h) => h.response().code(204) });",
    "export default { fetch: () => new Response(null, { status: 204 }) };",
    "export default { fetch: () => new Response('', { status: 204 }) };",
    "export function DELETE() { return new NextResponse(null, { status: 304 }); }",
    "export const handler = async () => ({ statusCode: 204, body: '' });",
    "export const handler = async () => ({ statusCode: 204, headers: { ETag: etag } });",
    // A body written before the status, after the status changed again, or by a different response.
    "router.delete('/', (ctx) => { ctx.body = null; ctx.status = 204; });",
    "router.get('/', (ctx) => { if (ctx.fresh) { ctx.status = 304; return; } ctx.body = article; });",
    "router.get('/', (ctx) => { ctx.status = 204; ctx.status = 200; ctx.body = data; });",
    "app.get('/', (req, res) => { res.status(204); res.status(200).json(data); });",
    "app.get('/', (req, res) => { res.status(204).end(); other.json(data); });",
    // Only straight-line statements of the same block count.
    "app.get('/', (req, res) => { res.status(204); if (verbose) { res.json(data); } });",
    // The last status before the body wins. Koa sends an assigned body when the handler is done, so a later status counts even after `ctx.body =`.
    "router.get('/', (ctx) => { ctx.status = 304; ctx.body = 'hello'; ctx.status = 200; });",
    "router.get('/', (ctx) => { ctx.status = 304; ctx.body = 'hello'; ctx.response.status = 200; });",
    "router.get('/', (ctx) => { ctx.response.status = 204; ctx.response.body = data; ctx.status = 200; });",
    "router.get('/', async (ctx) => { ctx.status = 204; ctx.body = data; await next(); ctx.status = 200; });",
    "app.get('/', (req, res) => { res.status(204); res.status(200); res.json(data); });",
    "app.get('/', (req, res) => { res.status(204); res.status(200); res.send(data); });",
    "app.get('/', (req, res) => { res.status(204); res.statusCode = 200; return res.json(data); });",
    "http.createServer((req, res) => { res.statusCode = 204; res.statusCode = 200; res.end('x'); });",
    "http.createServer((req, res) => { res.statusCode = 304; res.writeHead(200, { ETag: etag }); res.end(file); });",
    "fastify.get('/', async (request, reply) => { reply.code(204); reply.code(200); return reply.send(data); });",
    "fastify.get('/', async (request, reply) => { reply.statusCode = 204; reply.statusCode = 200; return reply.send(data); });",
    "app.get('/', (c) => { c.status(204); c.status(200); return c.json(data); });",
    // Hono's body call can carry its own status, which is the one the body goes out with.
    "app.get('/', (c) => { c.status(204); return c.json(data, 200); });",
    "app.get('/', (c) => { c.status(304); return c.text('fresh', { status: 200, headers }); });",
    // Statuses that may carry a body.
    "app.get('/', (req, res) => res.status(200).json(data));",
    "export default { fetch: () => new Response('created', { status: 201 }) };",
    // Mocks without a body.
    "nock('https://api.test').delete('/items/1').reply(204);",
    "await page.route('**/api', (route) => route.fulfill({ status: 204 }));",
    "http.delete('/items/:id', () => new HttpResponse(null, { status: 204 }));",
    "cy.intercept('DELETE', '/api/items/*', { statusCode: 204 });",
    // Out of scope: errors, comparisons, assertions, documentation.
    "if (res.status === 204) return res.json();",
    "expect(res.status).toBe(204);",
    "await request(app).delete('/items/1').expect(204, '');",
    `class C {
  @ApiResponse({ status: 204, description: 'Deleted' })
  remove() { return this.items.remove(); }
}`,
    // An error decorated with a status is not a response sent here.
    "app.use((req, res, next) => { const err = new Error('gone'); err.statusCode = 204; err.body = 'x'; next(err); });",
    // Not statuses.
    "setTimeout(() => res.send(data), 204);",
    "const StatusCodes = { NO_CONTENT: 204 }; res.status(StatusCodes.NO_CONTENT).json(data);",
  ],
  invalid: [
    // Elysia.
    {
      code: "app.delete('/', ({ status }) => status(204, { deleted: true }));",
      output: null,
      errors: [{ messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 40, endLine: 1, endColumn: 43 }],
    },
    {
      code: "app.get('/', ({ set }) => { set.status = 304; return cached; });",
      output: null,
      errors: [{ messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 42, endLine: 1, endColumn: 45 }],
    },
    // nock.
    {
      code: "scope.delete('/items/1').reply((uri, body) => [204, body]);",
      output: null,
      errors: [{ messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 48, endLine: 1, endColumn: 51 }],
    },
    {
      code: "scope.delete('/items/1').reply(() => [204, { deleted: true }] as const);",
      output: null,
      errors: [{ messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 39, endLine: 1, endColumn: 42 }],
    },
    {
      code: "scope.get('/logo').replyWithFile(304, logoPath);",
      output: null,
      errors: [{ messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 34, endLine: 1, endColumn: 37 }],
    },
    {
      code: "nock.define([{ scope: base, method: 'DELETE', path: '/items/1', status: 204, response: { deleted: true } }]);",
      output: null,
      errors: [{ messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 73, endLine: 1, endColumn: 76 }],
    },
    // Express.
    {
      code: "app.delete('/', (req, res) => res.status(204).json({ deleted: true }));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 42, endLine: 1, endColumn: 45 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(304).send(report));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: `app.post('/', (req, res) => {
  res.status(205);
  res.json({ cancelled: true });
});`,
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "205 (Reset Content)" }, line: 2, column: 14, endLine: 2, endColumn: 17 },
      ],
    },
    {
      code: `app.put('/', async (req, res) => {
  res.status(204);
  await save(req.body);
  return res.send(saved);
});`,
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 2, column: 14, endLine: 2, endColumn: 17 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(100).send('continue please'));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "100 (Continue)" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(102).send('still working'));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "102 (Processing)" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    // A status set after a body that is sent at once comes too late.
    {
      code: "app.get('/', (req, res) => { res.status(204); res.json(data); res.status(200); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 41, endLine: 1, endColumn: 44 },
      ],
    },
    {
      code: "fastify.get('/', async (request, reply) => { reply.code(204); reply.send(data); reply.code(200); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 57, endLine: 1, endColumn: 60 },
      ],
    },
    // writeHead has written the head: a later statusCode changes nothing.
    {
      code: "http.createServer((req, res) => { res.writeHead(204); res.statusCode = 200; res.end('x'); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 49, endLine: 1, endColumn: 52 },
      ],
    },
    // A status set only on some runs does not clear the bodiless one.
    {
      code: "router.get('/', (ctx) => { ctx.status = 304; ctx.body = 'hello'; if (stale) { ctx.status = 200; } });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 41, endLine: 1, endColumn: 44 },
      ],
    },
    // An init without `status` keeps the status set before.
    {
      code: "app.get('/', (c) => { c.status(204); return c.json(data, { headers: { 'X-Id': id } }); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 32, endLine: 1, endColumn: 35 },
      ],
    },
    // node:http.
    {
      code: "http.createServer((req, res) => { res.statusCode = 204; res.end(JSON.stringify({ pong: true })); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 52, endLine: 1, endColumn: 55 },
      ],
    },
    {
      code: `http.createServer((req, res) => {
  res.writeHead(304, { ETag: etag });
  res.end(file);
});`,
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 2, column: 17, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: "http.createServer((req, res) => { res.writeHead(204); res.write('x'); res.end(); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 49, endLine: 1, endColumn: 52 },
      ],
    },
    // Koa.
    {
      code: `router.delete('/', (ctx) => {
  ctx.status = 204;
  ctx.body = { removed: true };
});`,
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 2, column: 16, endLine: 2, endColumn: 19 },
      ],
    },
    {
      code: "router.get('/', (ctx) => { ctx.response.status = 304; ctx.response.body = cached; });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 50, endLine: 1, endColumn: 53 },
      ],
    },
    // Fastify.
    {
      code: "fastify.delete('/', async (request, reply) => reply.code(204).send({ ok: true }));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 58, endLine: 1, endColumn: 61 },
      ],
    },
    {
      code: "fastify.get('/', async (request, reply) => { reply.status(205); return reply.send('reset'); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "205 (Reset Content)" }, line: 1, column: 59, endLine: 1, endColumn: 62 },
      ],
    },
    // Hono: c.json/c.text/c.body/c.newResponse build a fetch Response.
    {
      code: "app.delete('/', (c) => c.json({ deleted: true }, 204));",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "204 (No Content)" }, line: 1, column: 50, endLine: 1, endColumn: 53 },
      ],
    },
    {
      code: "app.put('/', (c) => c.text('reset', 205));",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "205 (Reset Content)" }, line: 1, column: 37, endLine: 1, endColumn: 40 },
      ],
    },
    {
      code: "app.get('/', (c) => c.newResponse(key, 304));",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "304 (Not Modified)" }, line: 1, column: 40, endLine: 1, endColumn: 43 },
      ],
    },
    {
      code: "app.get('/', (c) => c.body('hints', 103));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "103 (Early Hints)" }, line: 1, column: 37, endLine: 1, endColumn: 40 },
      ],
    },
    {
      code: "app.get('/', (c) => { c.status(204); return c.json({ ok: true }); });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 32, endLine: 1, endColumn: 35 },
      ],
    },
    // Hapi.
    {
      code: "server.route({ path: '/', handler: (request, h) => h.response({ removed }).code(204) });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 81, endLine: 1, endColumn: 84 },
      ],
    },
    // fetch Response and Next.js.
    {
      code: "export default { fetch: () => new Response('x', { status: 204 }) };",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "204 (No Content)" }, line: 1, column: 59, endLine: 1, endColumn: 62 },
      ],
    },
    {
      code: "export default { fetch: () => Response.json({ unchanged: true }, { status: 304 }) };",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "304 (Not Modified)" }, line: 1, column: 76, endLine: 1, endColumn: 79 },
      ],
    },
    {
      code: "export function HEAD() { return new NextResponse('ok', { status: 204 }); }",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "204 (No Content)" }, line: 1, column: 66, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: "export function GET() { return NextResponse.json({ cached: true }, { status: 304 }); }",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "304 (Not Modified)" }, line: 1, column: 78, endLine: 1, endColumn: 81 },
      ],
    },
    // AWS Lambda.
    {
      code: "export const handler = async () => ({ statusCode: 204, body: JSON.stringify({ removed: true }) });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 51, endLine: 1, endColumn: 54 },
      ],
    },
    // Mocks: nock, msw, Playwright, Cypress.
    {
      code: "nock('https://api.test').put('/subscription').reply(204, { subscribed: true });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 53, endLine: 1, endColumn: 56 },
      ],
    },
    {
      code: "http.put('/api/user/:id', () => HttpResponse.json({ updated: true }, { status: 204 }));",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "204 (No Content)" }, line: 1, column: 80, endLine: 1, endColumn: 83 },
      ],
    },
    {
      code: "http.patch('/api/user/:id', () => new HttpResponse('reset', { status: 205 }));",
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "205 (Reset Content)" }, line: 1, column: 71, endLine: 1, endColumn: 74 },
      ],
    },
    {
      code: "await page.route('**/api/cart', (route) => route.fulfill({ status: 204, body: 'gone' }));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 68, endLine: 1, endColumn: 71 },
      ],
    },
    {
      code: "await page.route('**/api/cart', (route) => route.fulfill({ status: 304, json: { cached: true } }));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 68, endLine: 1, endColumn: 71 },
      ],
    },
    {
      code: "cy.intercept('DELETE', '/api/cart/*', { statusCode: 204, body: { ok: true } });",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 53, endLine: 1, endColumn: 56 },
      ],
    },
    {
      code: "cy.intercept('GET', '/api/session', (req) => req.reply(304, 'cached'));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "304 (Not Modified)" }, line: 1, column: 56, endLine: 1, endColumn: 59 },
      ],
    },
    {
      code: "cy.intercept('GET', '/api/session', (req) => req.reply({ statusCode: 204, body: 'x' }));",
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 1, column: 70, endLine: 1, endColumn: 73 },
      ],
    },
    // Constants.
    {
      code: `import { StatusCodes } from 'http-status-codes';
app.delete('/', (req, res) => res.status(StatusCodes.NO_CONTENT).json({ ok: true }));`,
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 2, column: 42, endLine: 2, endColumn: 64 },
      ],
    },
    {
      code: `import { HttpStatus } from '@nestjs/common';
export default { fetch: () => new Response('x', { status: HttpStatus.NOT_MODIFIED }) };`,
      output: null,
      errors: [
        { messageId: "bodyThrows", data: { status: "304 (Not Modified)" }, line: 2, column: 59, endLine: 2, endColumn: 82 },
      ],
    },
    {
      code: `const { status } = require('http-status');
router.delete('/', (ctx) => { ctx.status = status.NO_CONTENT; ctx.body = 'gone'; });`,
      output: null,
      errors: [
        { messageId: "bodyNotAllowed", data: { status: "204 (No Content)" }, line: 2, column: 44, endLine: 2, endColumn: 61 },
      ],
    },
  ],
});
