/**
 * The catalogue of places where an HTTP status appears in JavaScript and TypeScript code,
 * as data. `locate.ts` reads it; rules and codemods never keep their own list.
 *
 * Callee patterns, matched against the callee's names from the outside in (see `calleePath`):
 * - `createError`      a bare call of that function (also `new createError(…)` for `new` sinks);
 * - `Response.json`    exactly that object and method;
 * - `*.status`         that method on any object;
 * - `~.code`           that method on an object that reads as an HTTP response, reply, context
 *                      or error (`res`, `reply`, `ctx`, `c`, `h.response(…)`, `err` …);
 * - `$hono.json`       that method on a Hono context (`c`, `ctx`, `context`);
 * - `*.have.status`    a longer suffix of the chain, on any object.
 */

export type SinkCategory =
  /** The status a server sends: `res.status(404)`, `ctx.status = 204`, `new Response(b, { status })`. */
  | "response"
  /** A status carried by an error that a framework turns into a response: `createError(404)`. */
  | "error"
  /** A status read compared with a number: `res.status === 404`, `case 404:`. */
  | "comparison"
  /** A test asserting a status: `expect(res.status).toBe(200)`, supertest `.expect(200)`. */
  | "assertion"
  /** A status a test double answers with: nock `.reply(200)`, `route.fulfill({ status })`. */
  | "mock";

export interface CallSink {
  readonly kind: "call";
  readonly id: string;
  readonly framework: string;
  readonly example: string;
  readonly callee: string;
  /** Matches `new Callee(…)` instead of `callee(…)`. */
  readonly isNew?: boolean;
  /** Argument positions that hold the status directly. */
  readonly statusArgs?: readonly number[];
  /** Argument position of an options object whose `optionKeys` hold the status; -1 means any argument. */
  readonly optionsArg?: number;
  readonly optionKeys?: readonly string[];
  /** Argument position of the response body, for the bodiless-status rule. */
  readonly bodyArg?: number;
  /** Argument position of a headers object, or "options" when the options object carries `headers`. */
  readonly headersArg?: number | "options";
  /** Headers the API sets by itself (a redirect helper sets `Location`). Lower case. */
  readonly setsHeaders?: readonly string[];
  /** Argument position of the response/event object a bare function sets the status on (h3 `setResponseStatus(event, 201)`). */
  readonly responseArg?: number;
  /** Builds a WHATWG fetch `Response`: a body with 204, 205 or 304 throws a TypeError at runtime. */
  readonly buildsFetchResponse?: boolean;
  /**
   * A bare callee too common a name to count everywhere (Elysia's `status`): it counts only where
   * that name is destructured from a callback's parameter (a handler context) or imported from one
   * of these modules.
   */
  readonly boundFrom?: readonly string[];
  /** Argument position of a callback whose returned `[status, body, headers]` tuple mirrors the positional arguments (nock, axios-mock-adapter). */
  readonly replyCallbackArg?: number;
  /** Argument position of an array of option objects whose `optionKeys` hold a status each (`nock.define([{ status }])`). */
  readonly optionsListArg?: number;
  /** The options key that carries the response body when `body` means something else there (a nock definition's `body` is the request's). */
  readonly bodyKey?: string;
  /** Only documents a status (Swagger); nothing is sent from here, so header and body checks do not apply. */
  readonly documentsOnly?: boolean;
  readonly category: SinkCategory;
}

export interface AssignSink {
  readonly kind: "assign";
  readonly id: string;
  readonly framework: string;
  readonly example: string;
  /** The assigned member: `statusCode` in `res.statusCode = 404`. */
  readonly property: string;
  /** Any object, or only one that reads as an HTTP response/context (`~`). */
  readonly receiver: "*" | "~";
  readonly category: SinkCategory;
}

/** Shapes recognised by structure rather than by a callee (comparisons, assertions, Lambda results); listed for docs. */
export interface PatternSink {
  readonly kind: "pattern";
  readonly id: string;
  readonly framework: string;
  readonly example: string;
  readonly category: SinkCategory;
}

export type Sink = CallSink | AssignSink | PatternSink;

const STATUS = ["status"] as const;
const STATUS_CODE = ["statusCode"] as const;
const EITHER = ["status", "statusCode"] as const;
const LOCATION = ["location"] as const;

export const SINKS: readonly Sink[] = [
  // --- Express (also Next.js pages API, msw v1 ctx.status, Hono c.status) ---
  { kind: "call", id: "express.status", framework: "Express", example: "res.status(404)", callee: "*.status", statusArgs: [0], category: "response" },
  { kind: "call", id: "express.sendStatus", framework: "Express", example: "res.sendStatus(204)", callee: "*.sendStatus", statusArgs: [0], category: "response" },
  { kind: "call", id: "express.redirect", framework: "Express / Fastify / Hono", example: "res.redirect(301, url), reply.redirect(url, 301), c.redirect(url, 302)", callee: "~.redirect", statusArgs: [0, 1], setsHeaders: LOCATION, category: "response" },
  // --- node:http / http2 ---
  { kind: "assign", id: "node.statusCode", framework: "node:http / Fastify", example: "res.statusCode = 404", property: "statusCode", receiver: "*", category: "response" },
  { kind: "call", id: "node.writeHead", framework: "node:http", example: "res.writeHead(301, { Location: url })", callee: "*.writeHead", statusArgs: [0], headersArg: 1, category: "response" },
  { kind: "call", id: "node.http2.respond", framework: "node:http2", example: "stream.respond({ ':status': 200 })", callee: "*.respond", optionsArg: 0, optionKeys: [":status"], headersArg: "options", category: "response" },
  // --- Koa (and Elysia `set.status`) ---
  { kind: "assign", id: "koa.status", framework: "Koa / Elysia", example: "ctx.status = 204, set.status = 401", property: "status", receiver: "~", category: "response" },
  { kind: "call", id: "koa.throw", framework: "Koa", example: "ctx.throw(401, 'login first')", callee: "~.throw", statusArgs: [0, 1], category: "error" },
  { kind: "call", id: "koa.assert", framework: "Koa", example: "ctx.assert(user, 403)", callee: "~.assert", statusArgs: [1], category: "error" },
  // --- Fastify, Hapi ---
  { kind: "call", id: "fastify.code", framework: "Fastify / Hapi", example: "reply.code(201), h.response(x).code(201)", callee: "~.code", statusArgs: [0], category: "response" },
  { kind: "call", id: "hapi.boom", framework: "Hapi", example: "new Boom.Boom(message, { statusCode: 503 })", callee: "Boom.Boom", isNew: true, optionsArg: 1, optionKeys: STATUS_CODE, category: "error" },
  { kind: "call", id: "hapi.Boom.legacy", framework: "Hapi", example: "new Boom('Unavailable', { statusCode: 503 })", callee: "Boom", isNew: true, optionsArg: 1, optionKeys: STATUS_CODE, category: "error" },
  { kind: "call", id: "hapi.boomify", framework: "Hapi", example: "Boom.boomify(err, { statusCode: 400 })", callee: "Boom.boomify", optionsArg: 1, optionKeys: STATUS_CODE, category: "error" },
  // --- NestJS ---
  { kind: "call", id: "nest.HttpCode", framework: "NestJS", example: "@HttpCode(204)", callee: "HttpCode", statusArgs: [0], category: "response" },
  { kind: "call", id: "nest.Redirect", framework: "NestJS", example: "@Redirect('https://example.com', 301)", callee: "Redirect", statusArgs: [1], setsHeaders: LOCATION, category: "response" },
  { kind: "call", id: "nest.HttpException", framework: "NestJS", example: "new HttpException('Forbidden', 403)", callee: "HttpException", isNew: true, statusArgs: [1], category: "error" },
  { kind: "call", id: "nest.ApiResponse", framework: "NestJS (Swagger)", example: "@ApiResponse({ status: 201 })", callee: "ApiResponse", optionsArg: 0, optionKeys: STATUS, documentsOnly: true, category: "response" },
  // --- Next.js ---
  { kind: "call", id: "next.NextResponse.json", framework: "Next.js", example: "NextResponse.json(body, { status: 201 })", callee: "NextResponse.json", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "next.NextResponse.redirect", framework: "Next.js", example: "NextResponse.redirect(url, 308)", callee: "NextResponse.redirect", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, setsHeaders: LOCATION, category: "response" },
  { kind: "call", id: "next.NextResponse", framework: "Next.js", example: "new NextResponse(null, { status: 204 })", callee: "NextResponse", isNew: true, optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "response" },
  // --- fetch Response (Workers, Deno, Bun, undici) ---
  { kind: "call", id: "fetch.Response", framework: "fetch Response", example: "new Response(body, { status: 201 })", callee: "Response", isNew: true, optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "fetch.Response.json", framework: "fetch Response", example: "Response.json(data, { status: 201 })", callee: "Response.json", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "fetch.Response.redirect", framework: "fetch Response", example: "Response.redirect(url, 301)", callee: "Response.redirect", statusArgs: [1], setsHeaders: LOCATION, category: "response" },
  // --- Hono ---
  { kind: "call", id: "hono.json", framework: "Hono", example: "c.json(body, 201)", callee: "$hono.json", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: 2, buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "hono.text", framework: "Hono", example: "c.text('missing', 404)", callee: "$hono.text", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: 2, buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "hono.html", framework: "Hono", example: "c.html(page, 200)", callee: "$hono.html", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: 2, buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "hono.body", framework: "Hono", example: "c.body(null, 204)", callee: "$hono.body", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: 2, buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "hono.newResponse", framework: "Hono", example: "c.newResponse(stream, 200)", callee: "$hono.newResponse", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: 2, buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "hono.HTTPException", framework: "Hono", example: "new HTTPException(401, { message })", callee: "HTTPException", isNew: true, statusArgs: [0], category: "error" },
  // --- Elysia (its `set.status`, `redirect(url, 301)` and older `error(404, body)` are the Koa and SvelteKit entries) ---
  { kind: "call", id: "elysia.status", framework: "Elysia", example: "({ status }) => status(418), status(201, body)", callee: "status", statusArgs: [0], bodyArg: 1, boundFrom: ["elysia"], category: "response" },
  // --- http-errors, h3 / Nuxt, SvelteKit, React Router, Astro ---
  { kind: "call", id: "http-errors.createError", framework: "http-errors / h3", example: "createError(404), createError({ statusCode: 404 })", callee: "createError", statusArgs: [0], optionsArg: 0, optionKeys: EITHER, category: "error" },
  { kind: "call", id: "http-errors.createHttpError", framework: "http-errors", example: "createHttpError(409)", callee: "createHttpError", statusArgs: [0], category: "error" },
  { kind: "call", id: "http-errors.httpErrors", framework: "http-errors", example: "httpErrors(400)", callee: "httpErrors", statusArgs: [0], category: "error" },
  { kind: "call", id: "h3.setResponseStatus", framework: "h3 / Nuxt", example: "setResponseStatus(event, 201)", callee: "setResponseStatus", statusArgs: [1], responseArg: 0, category: "response" },
  { kind: "call", id: "h3.sendNoContent", framework: "h3 / Nuxt", example: "sendNoContent(event, 204)", callee: "sendNoContent", statusArgs: [1], responseArg: 0, category: "response" },
  { kind: "call", id: "h3.sendRedirect", framework: "h3 / Nuxt", example: "sendRedirect(event, url, 301)", callee: "sendRedirect", statusArgs: [2], setsHeaders: LOCATION, category: "response" },
  { kind: "call", id: "sveltekit.error", framework: "SvelteKit / Elysia", example: "error(404, 'Not found')", callee: "error", statusArgs: [0], category: "error" },
  { kind: "call", id: "sveltekit.fail", framework: "SvelteKit", example: "fail(400, { missing: true })", callee: "fail", statusArgs: [0], category: "response" },
  { kind: "call", id: "sveltekit.redirect", framework: "SvelteKit / React Router / Elysia", example: "redirect(303, '/login'), redirect('/login', 301), redirect('/login', { status: 303, headers })", callee: "redirect", statusArgs: [0, 1], optionsArg: 1, optionKeys: STATUS, setsHeaders: LOCATION, category: "response" },
  { kind: "call", id: "sveltekit.json", framework: "SvelteKit / React Router", example: "json(data, { status: 201 }), json(data, 404)", callee: "json", statusArgs: [1], optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "response" },
  { kind: "call", id: "react-router.data", framework: "React Router", example: "data(value, { status: 404 })", callee: "data", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", category: "response" },
  { kind: "call", id: "astro.redirect", framework: "Astro", example: "Astro.redirect('/login', 302)", callee: "Astro.redirect", statusArgs: [1], setsHeaders: LOCATION, category: "response" },
  { kind: "call", id: "express-rate-limit", framework: "express-rate-limit", example: "rateLimit({ limit: 100, statusCode: 429 })", callee: "rateLimit", optionsArg: 0, optionKeys: STATUS_CODE, setsHeaders: ["retry-after"], category: "response" },
  // --- Tests: assertions ---
  { kind: "call", id: "supertest.expect", framework: "supertest", example: "request(app).get('/').expect(200)", callee: "*.expect", statusArgs: [0], category: "assertion" },
  { kind: "call", id: "chai-http.status", framework: "chai-http", example: "expect(res).to.have.status(200)", callee: "*.have.status", statusArgs: [0], category: "assertion" },
  { kind: "call", id: "jest.toHaveStatus", framework: "jest matchers", example: "expect(res).toHaveStatus(404)", callee: "*.toHaveStatus", statusArgs: [0], category: "assertion" },
  { kind: "pattern", id: "jest.expect", framework: "Jest / Vitest", example: "expect(res.status).toBe(404), expect(res).toHaveProperty('status', 200), expect(res).toMatchObject({ status: 200 }), expect(res.status).toHaveBeenCalledWith(404)", category: "assertion" },
  { kind: "pattern", id: "chai.expect", framework: "chai", example: "expect(res.status).to.equal(200), res.status.should.equal(200)", category: "assertion" },
  { kind: "pattern", id: "assert.equal", framework: "node:assert / tap / ava", example: "assert.strictEqual(res.statusCode, 200), t.is(res.status, 200)", category: "assertion" },
  { kind: "pattern", id: "cypress.should", framework: "Cypress", example: "cy.request(url).its('status').should('eq', 200)", category: "assertion" },
  // --- Tests: mocks ---
  { kind: "call", id: "nock.reply", framework: "nock / Cypress / axios-mock-adapter", example: "nock(base).get('/x').reply(200, body), .reply(() => [201, body]), req.reply(500), req.reply({ statusCode: 500 })", callee: "*.reply", statusArgs: [0], optionsArg: 0, optionKeys: STATUS_CODE, bodyArg: 1, headersArg: 2, replyCallbackArg: 0, category: "mock" },
  { kind: "call", id: "nock.replyWithFile", framework: "nock", example: "scope.get('/logo').replyWithFile(200, path, headers)", callee: "*.replyWithFile", statusArgs: [0], bodyArg: 1, headersArg: 2, category: "mock" },
  { kind: "call", id: "nock.define", framework: "nock", example: "nock.define([{ scope, method: 'GET', path: '/x', status: 404, response }])", callee: "nock.define", optionsListArg: 0, optionKeys: STATUS, bodyKey: "response", category: "mock" },
  { kind: "call", id: "msw.HttpResponse", framework: "msw", example: "new HttpResponse(null, { status: 204 })", callee: "HttpResponse", isNew: true, optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "mock" },
  { kind: "call", id: "msw.HttpResponse.json", framework: "msw", example: "HttpResponse.json(body, { status: 201 })", callee: "HttpResponse.json", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "mock" },
  { kind: "call", id: "msw.HttpResponse.text", framework: "msw", example: "HttpResponse.text('no', { status: 403 })", callee: "HttpResponse.text", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "mock" },
  { kind: "call", id: "msw.HttpResponse.html", framework: "msw", example: "HttpResponse.html(page, { status: 200 })", callee: "HttpResponse.html", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "mock" },
  { kind: "call", id: "msw.HttpResponse.xml", framework: "msw", example: "HttpResponse.xml(doc, { status: 200 })", callee: "HttpResponse.xml", optionsArg: 1, optionKeys: STATUS, bodyArg: 0, headersArg: "options", buildsFetchResponse: true, category: "mock" },
  { kind: "call", id: "playwright.fulfill", framework: "Playwright", example: "route.fulfill({ status: 404 })", callee: "*.fulfill", optionsArg: 0, optionKeys: STATUS, headersArg: "options", category: "mock" },
  { kind: "call", id: "cypress.intercept", framework: "Cypress", example: "cy.intercept('GET', '/api', { statusCode: 500 })", callee: "cy.intercept", optionsArg: -1, optionKeys: STATUS_CODE, headersArg: "options", category: "mock" },
  { kind: "pattern", id: "jest.mockResolvedValue", framework: "Jest / Vitest", example: "axios.get.mockResolvedValue({ status: 200, data }), mockRejectedValue({ response: { status: 404 } })", category: "mock" },
  { kind: "pattern", id: "sinon.resolves", framework: "sinon", example: "stub.resolves({ status: 503, data, headers }), stub.rejects({ response: { status: 404, data } })", category: "mock" },
  // --- Structural shapes ---
  { kind: "pattern", id: "lambda.result", framework: "AWS Lambda / API Gateway / Azure Functions / ts-rest", example: "return { statusCode: 404, body: '' }", category: "response" },
  { kind: "pattern", id: "compare", framework: "any HTTP client", example: "res.status === 404, err.response?.status !== 401, switch (res.status) { case 404: }, [401, 403].includes(res.status)", category: "comparison" },
  { kind: "pattern", id: "fallback", framework: "any", example: "res.status(err.status || 500), err.statusCode ?? 500", category: "response" },
  { kind: "pattern", id: "status-variable", framework: "any", example: "let status = 200; function send(res, statusCode = 500)", category: "response" },
  { kind: "pattern", id: "error-class", framework: "any (custom errors)", example: "class NotFoundError extends Error { status = 404 }, super('Gone', 410) in a class extending HttpException", category: "error" },
  { kind: "pattern", id: "typed", framework: "any (with type information)", example: "send(c, 404) where send(c, status: ContentfulStatusCode), fail(422) where fail(code: ClientErrorCode), const init: ResponseInit = { status: 404 }", category: "response" },
  { kind: "pattern", id: "helper", framework: "project code (inferred)", example: "sendError(res, 404), new ApiError(403), super(405, 'Not allowed'), helpers.sendApi(404, res), for (const code of [401, 403]) res.sendStatus(code)", category: "response" },
  { kind: "pattern", id: "error.assign", framework: "any (errors)", example: "Object.assign(err, { status: 418 }), Object.assign(new Error('gone'), { status: 410 })", category: "error" },
  { kind: "pattern", id: "status-list", framework: "got / ky / retry options", example: "{ retry: { statusCodes: [408, 429, 503], afterStatusCodes: [413, 429, 503] } }", category: "response" },
];

/** A project's own status position, from `settings["http-status"].sinks`. Plain JSON so it survives worker threads. */
export interface UserSink {
  /** `sendJson`, `res.sendJson`, `*.sendJson`, `ApiError` (with `new`). */
  readonly callee: string;
  readonly new?: boolean;
  /** Argument index holding the status. */
  readonly argument?: number;
  /** Key inside an options object argument that holds the status (with `argument` as its position, default any). */
  readonly property?: string;
  readonly category?: SinkCategory;
}

export const USER_SINK_SCHEMA = {
  type: "array",
  items: {
    type: "object",
    properties: {
      callee: { type: "string", minLength: 1 },
      new: { type: "boolean" },
      argument: { type: "integer", minimum: 0 },
      property: { type: "string", minLength: 1 },
      category: { enum: ["response", "error", "comparison", "assertion", "mock"] },
    },
    required: ["callee"],
    additionalProperties: false,
  },
};

export function userSinkToCallSink(sink: UserSink, index: number): CallSink {
  const base = {
    kind: "call" as const,
    id: `user.${index}.${sink.callee}`,
    framework: "project settings",
    example: sink.callee,
    callee: sink.callee,
    isNew: sink.new === true,
    category: sink.category ?? ("response" as const),
  };
  if (sink.property !== undefined) {
    return { ...base, optionsArg: sink.argument ?? -1, optionKeys: [sink.property] };
  }
  return { ...base, statusArgs: [sink.argument ?? 0] };
}
