import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/require-status-headers";

const ruleTester = new RuleTester();

// Every report sits on the status value itself, so positions are spelled out in full.

ruleTester.run("require-status-headers", rule, {
  valid: [
    // Elysia: headers go on the context's `set`, whichever way the status is given.
    "app.get('/', ({ set, status }) => { set.headers['www-authenticate'] = 'Bearer'; return status(401); });",
    "app.get('/', ({ set: response, status }) => { response.headers['WWW-Authenticate'] = 'Basic'; return status(401, 'login'); });",
    "app.get('/', ({ status, ...context }) => { context.set.headers['www-authenticate'] = 'Basic'; return status(401); });",
    "app.get('/', ({ set }) => { set.headers.allow = 'GET'; set.status = 405; });",
    "app.get('/', ({ set, status }) => { set.headers = { allow: 'GET, HEAD' }; return status(405); });",
    "app.get('/', ({ set }) => { set.status = 301; set.redirect = '/new'; });",
    "app.get('/', ({ redirect }) => redirect('/new', 301));",
    "app.get('/', ({ error }) => error(401, 'login'));",
    // Express: same chain, earlier or later statements, object form, any case.
    `app.get('/', (req, res) => {
  res.set('WWW-Authenticate', 'Basic realm="api"');
  res.status(401).end();
});`,
    "app.get('/', (req, res) => res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'login' }));",
    "app.get('/', (req, res) => res.status(405).set({ Allow: 'GET, HEAD' }).end());",
    `app.get('/', (req, res) => {
  res.setHeader('allow', 'GET');
  res.sendStatus(405);
});`,
    `app.get('/', (req, res) => {
  res.status(405);
  res.set('ALLOW', 'GET');
  res.end();
});`,
    `app.get('/', (req, res) => {
  res.append('WWW-Authenticate', 'Basic');
  res.status(401).end();
});`,
    `app.get('/', (req, res) => {
  res.header('location', '/login');
  res.status(302).end();
});`,
    "app.get('/', (req, res) => res.status(301).location('/new').end());",
    "app.get('/', (req, res) => res.status(303).set('Location', '/orders/1').end());",
    `app.get('/', (req, res) => {
  if (!req.user) res.set('WWW-Authenticate', 'Basic');
  res.status(401).end();
});`,
    // Redirect helpers set Location themselves.
    "app.get('/', (req, res) => res.redirect(301, '/new'));",
    "app.get('/', (req, res) => res.redirect('/new', 308));",
    `app.get('/', (req, res) => {
  res.status(301);
  res.redirect('/new');
});`,
    // Statuses without a MUST header, and 201/429/503 at the default level.
    "app.get('/', (req, res) => res.status(404).json({ error: 'missing' }));",
    "app.post('/', (req, res) => res.status(201).json(item));",
    "app.get('/', (req, res) => res.status(429).end());",
    // node:http writeHead: headers object, reason phrase then headers, flat and paired arrays.
    "http.createServer((req, res) => { res.writeHead(301, { Location: '/new' }); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(302, 'Found', { location: '/elsewhere' }); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(401, ['WWW-Authenticate', 'Basic', 'Content-Type', 'text/plain']); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(405, [['Allow', 'GET'], ['Content-Length', '0']]); res.end(); });",
    "http.createServer((req, res) => { res.statusCode = 407; res.setHeader('Proxy-Authenticate', 'Basic'); res.end(); });",
    "http.createServer((req, res) => { res.setHeader('Upgrade', 'websocket'); res.writeHead(426); res.end(); });",
    "server.on('stream', (stream) => stream.respond({ ':status': 401, 'www-authenticate': 'Basic' }));",
    // Koa: ctx.set / ctx.append / ctx.response.set, ctx.redirect after the status.
    "router.get('/', (ctx) => { ctx.set('WWW-Authenticate', 'Basic'); ctx.status = 401; });",
    "router.get('/', (ctx) => { ctx.set({ Allow: 'GET', 'Cache-Control': 'no-store' }); ctx.status = 405; });",
    "router.get('/', (ctx) => { ctx.append('WWW-Authenticate', 'Bearer'); ctx.status = 401; });",
    "router.get('/', (ctx) => { ctx.response.set('Location', '/new'); ctx.response.status = 308; });",
    "router.get('/', (ctx) => { ctx.status = 301; ctx.redirect('/new'); });",
    // Fastify: reply.header / reply.headers, before or after the status in the chain.
    "fastify.get('/', async (request, reply) => reply.header('WWW-Authenticate', 'Bearer').code(401).send());",
    "fastify.get('/', async (request, reply) => reply.code(405).headers({ allow: 'GET' }).send());",
    "fastify.get('/', async (request, reply) => { reply.header('Location', '/store'); return reply.code(302).send(); });",
    "fastify.get('/', async (request, reply) => reply.redirect('/store', 301));",
    // Hono: c.header, the third argument, the init object.
    "app.get('/', (c) => { c.header('WWW-Authenticate', 'Bearer'); return c.json({ error: 'login' }, 401); });",
    "app.get('/', (c) => c.body(null, 302, { Location: '/new' }));",
    "app.get('/', (c) => c.text('Upgrade Required', 426, { Upgrade: 'websocket', Connection: 'Upgrade' }));",
    "app.get('/', (c) => c.json({ error: 'login' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }));",
    "app.get('/', (c) => { c.status(405); c.header('Allow', 'GET'); return c.text('no'); });",
    "app.get('/', (c) => c.redirect('/new', 301));",
    // Hapi: the response chain.
    "server.route({ path: '/', handler: (request, h) => h.response().code(401).header('WWW-Authenticate', 'Bearer') });",
    "server.route({ path: '/', handler: (request, h) => h.redirect('/books').code(301) });",
    // fetch Response / Next.js: init headers as an object, an array or new Headers; headers set on the kept response.
    "export default { fetch: () => new Response(null, { status: 301, headers: { Location: '/new' } }) };",
    "export default { fetch: () => new Response(null, { status: 302, headers: new Headers({ location: '/login' }) }) };",
    "export default { fetch: () => new Response(null, { status: 405, headers: [['Allow', 'GET']] }) };",
    "export default { fetch: (request) => Response.redirect(new URL('/app', request.url), 301) };",
    `export function GET() {
  const response = NextResponse.json({ error: 'login' }, { status: 401 });
  response.headers.set('WWW-Authenticate', 'Basic');
  return response;
}`,
    "export function middleware(request) { return NextResponse.redirect(new URL('/blog', request.url), 308); }",
    // NestJS: @Header and @Redirect on the same method, headers set through @Res().
    `class C {
  @HttpCode(301)
  @Header('Location', '/cats')
  legacy() {}
}`,
    `class C {
  @Redirect('https://docs.nestjs.com', 301)
  docs() {}
}`,
    `class C {
  @HttpCode(301)
  @Redirect('https://docs.nestjs.com')
  docs() {}
}`,
    `class C {
  @HttpCode(308)
  archive(@Res() res) {
    res.setHeader('Location', '/cats');
    res.end();
  }
}`,
    `import { HttpStatus } from '@nestjs/common';
class C {
  vault(@Res({ passthrough: true }) res) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(HttpStatus.UNAUTHORIZED);
    return {};
  }
}`,
    // AWS Lambda results: headers and multiValueHeaders in the same object, or set on the kept object.
    "export const handler = async () => ({ statusCode: 301, headers: { Location: '/new' }, body: '' });",
    "export const handler = async () => ({ statusCode: 401, multiValueHeaders: { 'WWW-Authenticate': ['Basic'] }, body: '' });",
    `export const handler = async () => {
  const result = { statusCode: 302, body: '' };
  result.headers = { Location: '/new' };
  return result;
};`,
    // Unknown headers: a variable, a spread, a call result; the response handed to a helper or aliased.
    `app.get('/', (req, res) => {
  res.set(headers);
  res.status(401).end();
});`,
    `app.get('/', (req, res) => {
  res.set({ ...corsHeaders });
  res.status(401).end();
});`,
    "http.createServer((req, res) => { res.writeHead(301, headers); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(301, buildHeaders(req)); res.end(); });",
    "export default { fetch: () => new Response(null, { status: 401, headers }) };",
    "export default { fetch: () => new Response(null, { status: 401, ...init }) };",
    "export default { fetch: () => new Response(null, { status: 301, headers: { ...cors } }) };",
    "export const handler = async () => ({ ...base, statusCode: 301 });",
    "export const handler = async () => ({ statusCode: 301, headers: defaultHeaders, body: '' });",
    `app.get('/', (req, res) => {
  setAuthChallenge(res);
  res.status(401).send('Unauthorized');
});`,
    `app.get('/', (req, res) => {
  res.status(401);
  sendProblem(res, { title: 'login' });
});`,
    `app.get('/', (req, res) => {
  const out = res;
  out.set('WWW-Authenticate', 'Basic');
  res.status(401).end();
});`,
    "router.get('/', (ctx) => { applyChallenge(ctx); ctx.status = 401; });",
    "export default defineEventHandler((event) => { setResponseHeader(event, 'WWW-Authenticate', 'Basic'); setResponseStatus(event, 401); });",
    // Out of scope: errors, comparisons, assertions, mocks, documentation.
    "app.get('/', (req, res, next) => next(createError(401)));",
    "router.get('/', (ctx) => ctx.throw(401, 'login first'));",
    "class C { login() { throw new HttpException('Unauthorized', 401); } }",
    "app.get('/', () => { throw new HTTPException(401, { message: 'login' }); });",
    "if (res.status === 401) refresh();",
    "switch (response.status) { case 401: login(); break; }",
    "expect(res.status).toBe(401);",
    "await request(app).get('/admin').expect(401);",
    "nock('https://api.test').get('/me').reply(401);",
    "await page.route('**/api', (route) => route.fulfill({ status: 401 }));",
    "http.get('/me', () => HttpResponse.json({ error: 'login' }, { status: 401 }));",
    `class C {
  @ApiResponse({ status: 401, description: 'Not signed in' })
  me() {}
}`,
    // An error decorated with a status, an error body or a log record is not a response sent here.
    "fastify.setErrorHandler(async () => { const error = new Error('kaboom'); error.statusCode = 401; throw error; });",
    "t.assert.deepStrictEqual(payload, { error: 'Unauthorized', message: 'go away', statusCode: 401 });",
    "logger.info({ res: { statusCode: 401 } }, 'request completed');",
    // Not statuses, and constants that are not a status library's.
    "setTimeout(retry, 401);",
    "const sizes = { width: 401, height: 301 };",
    "res.status(0x191).end();",
    "const StatusCodes = { UNAUTHORIZED: 401 }; res.status(StatusCodes.UNAUTHORIZED).end();",
    // Options.
    { code: "app.get('/', (req, res) => res.status(401).end());", options: [{"ignore": [401]}] },
    { code: "app.post('/', (req, res) => res.status(201).location('/items/1').json(item));", options: [{"level": "should"}] },
    { code: "fastify.get('/', async (request, reply) => { reply.header('Retry-After', 120); return reply.code(429).send(); });", options: [{"level": "should"}] },
    { code: "export default { fetch: () => new Response('down', { status: 503, headers: { 'retry-after': '60' } }) };", options: [{"level": "should"}] },
    { code: "app.get('/', (req, res) => res.status(206).set('Content-Range', 'bytes 0-99/1000').send(chunk));", options: [{"level": "should"}] },
    { code: "app.use(rateLimit({ windowMs: 60000, limit: 100, statusCode: 429 }));", options: [{"level": "should"}] },
    // checkWwwAuthenticate: false (the recommended config) leaves 401 alone, however it is sent.
    { code: "app.get('/me', (req, res) => res.status(401).json({ error: 'login required' }));", options: [{ checkWwwAuthenticate: false }] },
    { code: "router.get('/me', (ctx) => { ctx.status = 401; ctx.body = { error: 'login required' }; });", options: [{ checkWwwAuthenticate: false }] },
    { code: "export default { fetch: () => Response.json({ error: 'login' }, { status: 401 }) };", options: [{ checkWwwAuthenticate: false, level: "should" }] },
  ],
  invalid: [
    // Elysia.
    {
      code: "app.get('/me', ({ status }) => status(401));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "app.get('/me', ({ set }) => { set.status = 401; return 'login'; });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 44, endLine: 1, endColumn: 47 },
      ],
    },
    {
      code: "app.put('/', ({ set, status }) => { set.headers['content-type'] = 'text/plain'; return status(405, 'use POST'); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 95, endLine: 1, endColumn: 98 },
      ],
    },
    // The headers of one handler are not another's.
    {
      code: "app.get('/a', ({ set }) => { set.headers['www-authenticate'] = 'Basic'; }).get('/b', ({ status }) => status(401));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 109, endLine: 1, endColumn: 112 },
      ],
    },
    // Express.
    {
      code: "app.get('/admin', (req, res) => res.status(401).json({ error: 'login required' }));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 44, endLine: 1, endColumn: 47 },
      ],
    },
    {
      code: `app.get('/', (req, res) => {
  res.status(405);
  res.end();
});`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 2, column: 14, endLine: 2, endColumn: 17 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.sendStatus(401));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 43, endLine: 1, endColumn: 46 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(302).send('Redirecting to /login'));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "302 (Found)", header: "Location", section: "RFC 9110 §15.4.3" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(426).set('Connection', 'Upgrade').send('Use WebSocket'));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "426 (Upgrade Required)", header: "Upgrade", section: "RFC 9110 §15.5.22" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(found ? 200 : 401).end());",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 53, endLine: 1, endColumn: 56 },
      ],
    },
    // Headers set in another branch that returns, or after the status's own branch returned, go with another response.
    {
      code: `app.get('/', (req, res) => {
  if (moved) {
    res.set('Location', '/new');
    return res.status(302).end();
  }
  res.status(301).end();
});`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "301 (Moved Permanently)", header: "Location", section: "RFC 9110 §15.4.2" }, line: 6, column: 14, endLine: 6, endColumn: 17 },
      ],
    },
    {
      code: `app.get('/', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'login' });
  }
  res.set('WWW-Authenticate', 'Basic');
  res.json(req.user);
});`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 3, column: 23, endLine: 3, endColumn: 26 },
      ],
    },
    // node:http.
    {
      code: "http.createServer((req, res) => { res.writeHead(302, { 'Content-Type': 'text/html' }); res.end(); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "302 (Found)", header: "Location", section: "RFC 9110 §15.4.3" }, line: 1, column: 49, endLine: 1, endColumn: 52 },
      ],
    },
    {
      code: "http.createServer((req, res) => { res.writeHead(401, ['Content-Type', 'text/plain']); res.end(); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 49, endLine: 1, endColumn: 52 },
      ],
    },
    {
      code: "http.createServer((req, res) => { res.writeHead(401, 'Unauthorized'); res.end('login first'); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 49, endLine: 1, endColumn: 52 },
      ],
    },
    {
      code: "http.createServer((req, res) => { res.statusCode = 405; res.end('use PUT'); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 52, endLine: 1, endColumn: 55 },
      ],
    },
    {
      code: "server.on('stream', (stream) => stream.respond({ ':status': 401, 'content-type': 'text/plain' }));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 61, endLine: 1, endColumn: 64 },
      ],
    },
    // Koa.
    {
      code: "router.get('/me', (ctx) => { ctx.status = 401; ctx.body = { message: 'Unauthorized' }; });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 43, endLine: 1, endColumn: 46 },
      ],
    },
    {
      code: "router.get('/feed', (ctx) => { ctx.response.status = 308; ctx.body = 'Moved'; });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "308 (Permanent Redirect)", header: "Location", section: "RFC 9110 §15.4.9" }, line: 1, column: 54, endLine: 1, endColumn: 57 },
      ],
    },
    {
      code: "router.all('/uploads', (ctx) => { ctx.set('Cache-Control', 'no-store'); ctx.status = 405; });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 86, endLine: 1, endColumn: 89 },
      ],
    },
    // Fastify.
    {
      code: "fastify.get('/', async (request, reply) => reply.code(426).send({ error: 'upgrade' }));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "426 (Upgrade Required)", header: "Upgrade", section: "RFC 9110 §15.5.22" }, line: 1, column: 55, endLine: 1, endColumn: 58 },
      ],
    },
    {
      code: "fastify.get('/', async (request, reply) => reply.header('Content-Type', 'text/plain').code(401).send());",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 92, endLine: 1, endColumn: 95 },
      ],
    },
    {
      code: "fastify.get('/', async (request, reply) => { reply.status(407); return reply.send(); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "407 (Proxy Authentication Required)", header: "Proxy-Authenticate", section: "RFC 9110 §15.5.8" }, line: 1, column: 59, endLine: 1, endColumn: 62 },
      ],
    },
    // Hono.
    {
      code: "app.get('/', (c) => c.json({ error: 'unauthorized' }, 401));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 55, endLine: 1, endColumn: 58 },
      ],
    },
    {
      code: "app.get('/', (c) => c.body(null, 302, { 'Cache-Control': 'no-store' }));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "302 (Found)", header: "Location", section: "RFC 9110 §15.4.3" }, line: 1, column: 34, endLine: 1, endColumn: 37 },
      ],
    },
    {
      code: "app.get('/', (c) => c.json({ error: 'read only' }, { status: 405, headers: { 'X-Reason': 'read-only' } }));",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 62, endLine: 1, endColumn: 65 },
      ],
    },
    {
      code: "app.post('/', (c) => { c.status(405); return c.text('Method Not Allowed'); });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 33, endLine: 1, endColumn: 36 },
      ],
    },
    // Hapi.
    {
      code: "server.route({ path: '/', handler: (request, h) => h.response({ error: 'login' }).code(401) });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 88, endLine: 1, endColumn: 91 },
      ],
    },
    {
      code: "server.route({ path: '/', handler: (request, h) => h.response('See /people').code(303) });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "303 (See Other)", header: "Location", section: "RFC 9110 §15.4.4" }, line: 1, column: 83, endLine: 1, endColumn: 86 },
      ],
    },
    // fetch Response and Next.js.
    {
      code: "export default { fetch: () => new Response(null, { status: 301 }) };",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "301 (Moved Permanently)", header: "Location", section: "RFC 9110 §15.4.2" }, line: 1, column: 60, endLine: 1, endColumn: 63 },
      ],
    },
    {
      code: "export default { fetch: () => new Response('Unauthorized', { status: 401, headers: { 'Content-Type': 'text/plain' } }) };",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 70, endLine: 1, endColumn: 73 },
      ],
    },
    {
      code: "export default { fetch: () => new Response(null, { status: 307, headers: new Headers({ 'cache-control': 'no-store' }) }) };",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "307 (Temporary Redirect)", header: "Location", section: "RFC 9110 §15.4.8" }, line: 1, column: 60, endLine: 1, endColumn: 63 },
      ],
    },
    {
      code: "export default { fetch: () => Response.json({ error: 'read only' }, { status: 405 }) };",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 79, endLine: 1, endColumn: 82 },
      ],
    },
    {
      code: "export function GET() { return NextResponse.json({ error: 'Unauthorized' }, { status: 401 }); }",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 87, endLine: 1, endColumn: 90 },
      ],
    },
    // NestJS.
    {
      code: `class C {
  @HttpCode(308)
  archive() {}
}`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "308 (Permanent Redirect)", header: "Location", section: "RFC 9110 §15.4.9" }, line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
    },
    {
      code: `class C {
  @HttpCode(405)
  @Header('Cache-Control', 'none')
  bulk() {}
}`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
    },
    {
      code: `class C {
  secret(@Res() res) {
    res.status(401).json({ message: 'Unauthorized' });
  }
}`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 3, column: 16, endLine: 3, endColumn: 19 },
      ],
    },
    // AWS Lambda.
    {
      code: "export const handler = async () => ({ statusCode: 301, body: '' });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "301 (Moved Permanently)", header: "Location", section: "RFC 9110 §15.4.2" }, line: 1, column: 51, endLine: 1, endColumn: 54 },
      ],
    },
    {
      code: "export const handler = async () => ({ statusCode: 401, headers: { 'Content-Type': 'application/json' }, body: '{}' });",
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 51, endLine: 1, endColumn: 54 },
      ],
    },
    // Constants, through named, aliased and namespace imports and require.
    {
      code: `import { StatusCodes } from 'http-status-codes';
app.get('/', (req, res) => res.status(StatusCodes.UNAUTHORIZED).end());`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 2, column: 39, endLine: 2, endColumn: 63 },
      ],
    },
    {
      code: `import { StatusCodes as S } from 'http-status-codes';
router.get('/', (ctx) => { ctx.status = S.PERMANENT_REDIRECT; });`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "308 (Permanent Redirect)", header: "Location", section: "RFC 9110 §15.4.9" }, line: 2, column: 41, endLine: 2, endColumn: 61 },
      ],
    },
    {
      code: `import { HttpStatus } from '@nestjs/common';
export default { fetch: () => new Response(null, { status: HttpStatus.METHOD_NOT_ALLOWED }) };`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 2, column: 60, endLine: 2, endColumn: 89 },
      ],
    },
    {
      code: `const { status } = require('http-status');
app.get('/', (req, res) => res.status(status.MOVED_PERMANENTLY).end());`,
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "301 (Moved Permanently)", header: "Location", section: "RFC 9110 §15.4.2" }, line: 2, column: 39, endLine: 2, endColumn: 63 },
      ],
    },
    // Options: level "should" adds the SHOULD headers; ignore skips codes.
    {
      code: "app.post('/', (req, res) => res.status(201).json(item));",
      options: [{"level": "should"}],
      output: null,
      errors: [
        { messageId: "missingRecommended", data: { status: "201 (Created)", header: "Location", section: "RFC 9110 §15.3.2" }, line: 1, column: 40, endLine: 1, endColumn: 43 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(429).json({ error: 'slow down' }));",
      options: [{"level": "should"}],
      output: null,
      errors: [
        { messageId: "missingRecommended", data: { status: "429 (Too Many Requests)", header: "Retry-After", section: "RFC 6585 §4" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "export default { fetch: () => new Response('down', { status: 503 }) };",
      options: [{"level": "should"}],
      output: null,
      errors: [
        { messageId: "missingRecommended", data: { status: "503 (Service Unavailable)", header: "Retry-After", section: "RFC 9110 §15.6.4" }, line: 1, column: 62, endLine: 1, endColumn: 65 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(206).send(chunk));",
      options: [{"level": "should"}],
      output: null,
      errors: [
        { messageId: "missingRecommended", data: { status: "206 (Partial Content)", header: "Content-Range", section: "RFC 9110 §15.3.7.1" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(416).end());",
      options: [{"level": "should"}],
      output: null,
      errors: [
        { messageId: "missingRecommended", data: { status: "416 (Range Not Satisfiable)", header: "Content-Range", section: "RFC 9110 §15.5.17" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: "app.get('/', (req, res) => res.status(401).end());",
      options: [{"level": "should"}],
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 39, endLine: 1, endColumn: 42 },
      ],
    },
    // checkWwwAuthenticate: false drops only WWW-Authenticate: 405, 407, 426 and redirects are still checked.
    {
      code: `app.all('/upload', (req, res) => res.status(405).end());
app.get('/proxy', (req, res) => res.status(407).end());
app.get('/ws', (req, res) => res.status(426).send('use websockets'));
app.get('/old', (req, res) => res.status(301).end());
app.get('/me', (req, res) => res.status(401).end());`,
      options: [{ checkWwwAuthenticate: false }],
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 45, endLine: 1, endColumn: 48 },
        { messageId: "missingRequired", data: { status: "407 (Proxy Authentication Required)", header: "Proxy-Authenticate", section: "RFC 9110 §15.5.8" }, line: 2, column: 44, endLine: 2, endColumn: 47 },
        { messageId: "missingRequired", data: { status: "426 (Upgrade Required)", header: "Upgrade", section: "RFC 9110 §15.5.22" }, line: 3, column: 41, endLine: 3, endColumn: 44 },
        { messageId: "missingRequired", data: { status: "301 (Moved Permanently)", header: "Location", section: "RFC 9110 §15.4.2" }, line: 4, column: 42, endLine: 4, endColumn: 45 },
      ],
    },
    {
      code: "app.get('/me', (req, res) => res.status(401).end());",
      options: [{ checkWwwAuthenticate: true }],
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "401 (Unauthorized)", header: "WWW-Authenticate", section: "RFC 9110 §15.5.2" }, line: 1, column: 41, endLine: 1, endColumn: 44 },
      ],
    },
    {
      code: "app.get('/', (req, res) => (req.method === 'GET' ? res.status(401).end() : res.status(405).end()));",
      options: [{"ignore": [401]}],
      output: null,
      errors: [
        { messageId: "missingRequired", data: { status: "405 (Method Not Allowed)", header: "Allow", section: "RFC 9110 §15.5.6" }, line: 1, column: 87, endLine: 1, endColumn: 90 },
      ],
    },
  ],
});
