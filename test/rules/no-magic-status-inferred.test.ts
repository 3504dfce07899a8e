import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/no-magic-status";

/**
 * Status positions the inference layer finds (src/infer): a project's own helpers and error
 * classes, in the same file and across relative imports, and locals that carry a status read or a
 * response. Each case has its traps beside it: numbers that a helper or a local carries somewhere
 * that is not a status must stay silent.
 */
const inferred = join(__dirname, "../fixtures/projects/with-library/inferred");
/** A file next to the fixture modules (it need not exist: its imports resolve from its directory). */
const routes = join(inferred, "routes.ts");
const routesCjs = join(inferred, "routes.cjs");
/** Fixture modules on disk, linted with their own text: the reverse look-up finds ./guard-runner.ts importing them. */
const guards = join(inferred, "guards.ts");
const reply = join(inferred, "reply.ts");

const ruleTester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

const IMPORT = 'import { StatusCodes } from "http-status-codes";\n';
const REQUIRE = 'const { StatusCodes } = require("http-status-codes");\n';

/** Code with each reported literal written as «404», and the constant names in that order. */
function marked(code: string, members: readonly string[], options: { filename?: string; header?: string } = {}) {
  const header = options.header ?? IMPORT;
  const source = header + code;
  const errors: { messageId: "useConstant"; line: number; column: number }[] = [];
  let output = "";
  let plain = "";
  let index = 0;
  for (const part of source.split(/«(\d+)»/)) {
    if (index % 2 === 0) {
      plain += part;
      output += part;
    } else {
      const lines = plain.split("\n");
      errors.push({ messageId: "useConstant", line: lines.length, column: lines.at(-1)!.length + 1 });
      plain += part;
      output += `StatusCodes.${members[(index - 1) / 2]}`;
    }
    index++;
  }
  if (errors.length !== members.length) throw new Error(`${errors.length} markers for ${members.length} members in ${code}`);
  return { code: plain, output, errors, filename: options.filename ?? routes };
}

ruleTester.run("no-magic-status (inferred positions)", rule, {
  valid: [
    // Traps: local helpers and classes whose numbers are not statuses.
    { filename: routes, code: "function paginate(items, limit) { return items.slice(0, limit); }\npaginate(items, 200);" },
    { filename: routes, code: "function retryAfter(ms, attempts) { return setTimeout(go, ms * attempts); }\nretryAfter(500, 3);" },
    { filename: routes, code: "class Money { constructor(amount, currency) { this.amount = amount; this.currency = currency; } }\nnew Money(404, 'EUR');" },
    { filename: routes, code: "class Cache { constructor(ttl) { this.ttl = ttl; } }\nnew Cache(300);" },
    // `status` on a class that is no error, and on an object that is no response.
    { filename: routes, code: "class Order { constructor(status) { this.status = status; } }\nnew Order(200);" },
    { filename: routes, code: "function mark(order, status) { order.status = status; }\nmark(order, 200);" },
    // A code field only counts on an HTTP-named error class.
    { filename: routes, code: "class ParseError extends Error { constructor(code) { super(); this.code = code; } }\nnew ParseError(404);" },
    // Imported traps.
    { filename: routes, code: "import { paginate, Money } from './errors';\npaginate(rows, 200);\nnew Money(404, 'EUR');" },
    { filename: routesCjs, code: "const { retryAfter } = require('./respond.cjs');\nretryAfter(500, 3);" },
    // CommonJS objects built member by member: a member that only cuts a string.
    { filename: routesCjs, code: "const helpers = require('./helpers.cjs');\nhelpers.truncate(title, 400);\nconst { page } = require('./api-object.cjs');\npage(rows, 200);" },
    { filename: routesCjs, code: "const util = module.exports;\nutil.truncate = (text, length) => text.slice(0, length);\nutil.truncate(title, 300);" },
    // The project's own `fail`, `error` and `ok` that build a body envelope are not SvelteKit's, in this file or imported.
    { filename: routes, code: "const fail = (code, msg) => ({ code, msg, data: null });\nexport const remove = () => fail(400, 'id missing');" },
    { filename: routes, code: "function error(code, message) { return { code, message }; }\nerror(404, 'missing');" },
    { filename: routes, code: "import { fail, error, ok } from './envelope';\nfail(400, 'bad');\nerror(404, 'missing');\nok(rows, 201);" },
    // A result object is a response only beside a response's parts, and only with a status that is not a word.
    { filename: routes, code: "function progress(done, total) { return { status: 100, total }; }\nconst p = progress(1, 2);\nif (p.status === 200) finish();" },
    { filename: routes, code: "function summary(rows) { return { status: 'done', response: rows }; }\nconst s = summary(rows);\nif (s.status === 200) x();" },
    { filename: routes, code: "import { jobState } from './links';\nconst job = await jobState(4);\nif (job.status === 200) done();" },
    // Mock call records of something that is no status setter, or of another argument.
    { filename: routes, code: "expect(logger.info.mock.calls[0][0]).toBe(200);\nexpect(res.status.mock.calls[0][1]).toBe(200);\nexpect(queue.status.mock.calls[0][0]).toBe(404);" },
    { filename: routes, code: "const counter = jest.fn().mockImplementation(() => ({ status: 200, total: 3 }));" },
    // Arrays iterated into something that is no status.
    { filename: routes, code: "const sizes = [100, 200];\nsizes.forEach((size) => resize(size));\nfor (const port of [300, 400]) server.listen(port);" },
    // A module that also exports types, enums, namespaces and overloads: the numbers they take are not statuses.
    { filename: routes, code: "import { truncate, Level, Sizes, external } from './declarations';\ntruncate(text, 400);\nexternal(404);\nif (level === Level.High) alert(500);" },
    { filename: routes, code: "import * as declarations from './declarations';\ndeclarations.truncate(text, 400);" },
    // A package is not read: only relative imports are.
    { filename: routes, code: "import { sendError } from 'some-package';\nsendError(res, 404, 'x');" },
    // A shadowing parameter is not the helper.
    { filename: routes, code: "function sendError(res, code) { res.status(code).end(); }\nfunction run(sendError) { sendError(res, 404); }" },
    // Exit codes, SMTP and FTP replies, WebSocket close codes.
    { filename: routes, code: "const result = spawnSync('git', ['status']);\nif (result.status === 130) abort();" },
    { filename: routes, code: "try { execSync(cmd); } catch (failure) { if (failure.status === 127) missing(); }" },
    { filename: routes, code: "const reply = await smtp.send(mail);\nif (reply.code === 250) sent();\nconst code = reply.code;\nif (code === 226) done();" },
    { filename: routes, code: "socket.on('close', (event) => { const code = event.code; if (code === 1006) reconnect(); });" },
    // Lengths and totals of bodies are data.
    { filename: routes, code: "const list = await request(app).get('/items');\nexpect(list.body.items.length).toBe(200);\nexpect(list.body.total).toBe(404);" },
    // Schema bounds.
    { filename: routes, code: "const Query = t.Object({ code: t.Number({ minimum: 100, maximum: 599 }) });" },
    // A `let` that is reassigned to something else is no longer known to hold a status.
    { filename: routes, code: "let code = res.status;\ncode = parseInt(input, 10);\nif (code === 404) notFound();" },
    // A list that is not of statuses.
    { filename: routes, code: "const sizes = files.map((file) => file.size);\nexpect(sizes).toEqual([200, 404]);" },
    // Plain `getStatus` is an order's or a job's.
    { filename: routes, code: "function getStatus() { return 200; }" },
    // A helper's parameter compared with a number is a range of its own, not a status position.
    { filename: routes, code: "function isSlow(ms) { return ms === 500; }\nisSlow(500);" },
    // A request's body is the client's input; a body read off something that is no response is data;
    // and outside an assertion, another service's body may hold a field of its own.
    { filename: routes, code: "if (req.body.status === 200) archive();\nexpect(job.body.status).toBe(200);\nexpect(req.body.status).toBe(404);" },
    { filename: routes, code: "const res = await request(app).get('/x');\nif (res.body.status === 404) retry();\ntry { await axios.get(url); } catch (err) { if (err.response.data.status === 429) wait(); }" },
    // A number that is not a status read stays a number after `parseInt`.
    { filename: routes, code: "if (parseInt(input.value, 10) === 404) go();" },
    // Chai's `property` on another key, or without `have`.
    { filename: routes, code: "expect(list).to.have.property('length', 200);\nschema.property('status', 404);" },
    // Failure callbacks of something that is not jQuery's request.
    { filename: routes, code: "dialog.open({ error(info) { if (info.status === 404) close(); } });\nqueue.push(job).fail((info) => { if (info.status === 500) retry(); });" },
    // A table whose column goes nowhere near a status, or is not iterated.
    { filename: routes, code: "const sizes = [{ name: 'a', limit: 200 }, { name: 'b', limit: 404 }];\nfor (const size of sizes) paginate(size.limit);\nconst rows = [{ status: 404 }];\nsave(rows);" },
    { filename: routes, code: "for (const job of [{ id: 1, status: 200 }]) { if (job.status === done) finish(job); }" },
    // A fallback of something that is no status read.
    { filename: routes, code: "const limit = options.limit || 500;\nif (limit === 404) odd();" },
    // A fallback whose other side is no helper.
    { filename: routes, code: "const log = options.logger || console.log;\nlog('slow', 500);" },
    // A key other than the status, destructured from a response.
    { filename: routes, code: "fetch(url).then(({ size: bytes }) => { if (bytes === 404) odd(); });" },
    // `onError` of a socket, and an Elysia hook's `code` taken alone: not the error hook's context.
    { filename: routes, code: "ws.onError(({ code, reason }) => { if (code === 404) reconnect(); });\napp.onError(({ code }) => code === 500);" },
    // Envelopes: the envelope module itself, a handler's envelope that is the body, and an envelope
    // returned here and passed on to something that only logs its code, or to nothing.
    { filename: reply, code: readFileSync(reply, "utf8") },
    { filename: routes, code: "import { Reply } from './reply';\nexport function show(id) { return id ? Reply.ok(id) : Reply.fail(404); }\napp.get('/x', show);" },
    {
      filename: routes,
      code: "import { Reply } from './reply';\nconst check = () => Reply.fail(401);\nasync function audit(hook) { const entry = await hook(); console.log(entry.code); }\naudit(check);\nconst outcome = Reply.fail(403);\nsave(outcome.code);",
    },
    // A guard's result read under another key than the one the number went to.
    { filename: routes, code: "import { Reply } from './reply';\nconst check = () => Reply.fail(401);\nconst verdict = check();\nres.json(verdict.data);" },
    // An option object handed to a class that is no error, or whose status key it never reads.
    { filename: routes, code: "class Settings { constructor(init) { Object.assign(this, init); } }\nnew Settings({ status: 200, limit: 300 });" },
    { filename: routes, code: "class JobFailure extends Error { constructor(init) { super(init.message); this.retries = init.retries; } }\nnew JobFailure({ status: 404, retries: 3 });" },
    // A helper that returns no response: what its result's `status` is, nothing says.
    { filename: routes, code: "const lookup = async (id) => db.find(id);\nif ((await lookup(7)).status === 200) done();\nqueue.push(new Request(url)).status === 404;" },
  ],
  invalid: [
    // --- Helpers and error classes in the same file ---
    marked("function sendError(res, code, message) { return res.status(code).json({ message }); }\nsendError(res, «404», 'missing');", ["NOT_FOUND"]),
    marked("const reply = (res, statusCode, body) => res.status(statusCode).send(body);\nreply(res, «200», {});", ["OK"]),
    // The default of such a parameter is a status too.
    marked("function send(res, code = «500») { res.sendStatus(code); }\nfunction fail(res, code) { send(res, code); }\nfail(res, «503»);", ["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]),
    marked("function respond(res, err, fallback) { res.status(err.status || fallback).end(); }\nrespond(res, err, «500»);", ["INTERNAL_SERVER_ERROR"]),
    marked("function result(code, body) { return { statusCode: code, body: JSON.stringify(body) }; }\nexport const handler = async () => result(«201», {});", ["CREATED"]),
    marked("class ApiError extends Error { constructor(status, message) { super(message); this.status = status; } }\nthrow new ApiError(«403», 'no');", ["FORBIDDEN"]),
    marked("class HttpError extends Error { constructor(readonly status: number) { super(); } }\nthrow new HttpError(«409»);", ["CONFLICT"]),
    marked("class HttpException extends Error { constructor(errorCode, body) { super(); this.errorCode = errorCode; } }\nthrow new HttpException(«422», { errors });", ["UNPROCESSABLE_ENTITY"]),
    marked("class ApiError extends Error { constructor(status) { super(); this.status = status; } }\nclass NotAllowed extends ApiError { constructor() { super(«405»); } }", ["METHOD_NOT_ALLOWED"]),
    marked("class Forbidden extends HttpException { constructor(message) { super(message, «403»); } }", ["FORBIDDEN"]),
    marked("class Base extends Error { constructor(s) { super(); this.status = s; } }\nclass Gone extends Base {}\nthrow new Gone(«410»);", ["GONE"]),
    marked(
      "class Controller { fail(res, code) { res.status(code).end(); } handle(req, res) { return this.fail(res, «400»); } }",
      ["BAD_REQUEST"],
    ),
    marked("const http = { notFound(res, code) { res.status(code).end(); } };\nhttp.notFound(res, «404»);", ["NOT_FOUND"]),
    marked("class Replies { static send(res, code) { res.status(code).end(); } }\nReplies.send(res, «202»);", ["ACCEPTED"]),
    marked("function expectStatus(res, expected) { expect(res.status).toBe(expected); }\nexpectStatus(res, «200»);", ["OK"]),
    marked("function getStatusCode(healthy) { return healthy ? «200» : «503»; }", ["OK", "SERVICE_UNAVAILABLE"]),
    marked("const toHttpStatus = (error) => (error.expected ? «400» : «500»);", ["BAD_REQUEST", "INTERNAL_SERVER_ERROR"]),

    // --- Across relative imports and re-exports ---
    marked(
      "import HttpException, { ApiError, AppError, NotFoundError, sendError, reply } from './errors';\n" +
        "throw new HttpException(«422», { errors });\n" +
        "throw new ApiError(«403», 'forbidden');\n" +
        "next(new AppError('gone', «410»));\n" +
        "sendError(res, «404», 'missing');\n" +
        "reply(res, «201», body);\n" +
        "throw new NotFoundError();",
      ["UNPROCESSABLE_ENTITY", "FORBIDDEN", "GONE", "NOT_FOUND", "CREATED"],
    ),
    marked("import { fail, ApiError, respond } from './index';\nfail(res, «401», 'login');\nthrow new ApiError(«429», 'slow down');\nrespond.sendJson(res, «200», data);", [
      "UNAUTHORIZED",
      "TOO_MANY_REQUESTS",
      "OK",
    ]),
    // Interfaces, types, enums and `declare function`s exported beside a helper are no helpers (and no crash).
    marked("import { sendGone, external, Kind } from './shapes';\nsendGone(res, «410»);\nexternal(res, 404);\nuse(Kind.Json);", ["GONE"]),
    marked("import * as errors from './errors.js';\nthrow new errors.ApiError(«418», 'tea');", ["IM_A_TEAPOT"]),
    marked("import { ApiError } from './errors';\nclass Conflict extends ApiError { constructor() { super(«409», 'conflict'); } }", ["CONFLICT"]),
    marked(
      "const { sendJson, created } = require('./respond.cjs');\nconst respond = require('./respond.cjs');\nsendJson(res, «400», {});\ncreated(res, body, «202»);\nrespond.sendJson(res, «503», {});",
      ["BAD_REQUEST", "ACCEPTED", "SERVICE_UNAVAILABLE"],
      { filename: routesCjs, header: REQUIRE },
    ),
    marked("import { deny } from './declarations';\ndeny(res, «403»);", ["FORBIDDEN"]),
    marked(
      "class Replies { send(res, code: number): void; send(res, code: number, body?: unknown) { res.status(code).json(body); } }\nnew Replies().send(res, «201»);\nconst replies = new Replies();\nreplies.send(res, «202»);",
      ["CREATED", "ACCEPTED"],
    ),
    // --- CommonJS objects built member by member ---
    marked(
      "const helpers = module.exports;\nhelpers.sendApi = async (statusCode, res, payload) => { res.status(statusCode).json(payload); };\nhelpers.notFound = (res) => helpers.sendApi(«404», res, {});",
      ["NOT_FOUND"],
      { filename: routesCjs, header: REQUIRE },
    ),
    marked("exports.fail = (res, code) => res.status(code).end();\nexports.retry = (res) => exports.fail(res, «503»);", ["SERVICE_UNAVAILABLE"], {
      filename: routesCjs,
      header: REQUIRE,
    }),
    marked("const api = {};\napi.deny = function (res, code) { res.sendStatus(code); };\nmodule.exports = api;\napi.deny(res, «403»);", ["FORBIDDEN"], {
      filename: routesCjs,
      header: REQUIRE,
    }),
    marked(
      "const helpers = require('./helpers.cjs');\nconst { sendApi } = require('./helpers.cjs');\nhelpers.formatApiResponse(«404», res, {});\nsendApi(«200», res, {});\nrequire('./api-object.cjs').deny(res, «401»);",
      ["NOT_FOUND", "OK", "UNAUTHORIZED"],
      { filename: routesCjs, header: REQUIRE },
    ),
    // --- Results of the project's own functions that describe a response ---
    marked(
      "async function getLink(id) {\n  if (!id) return { response: 'no id', status: «401» };\n  return { response: link, status: «200» };\n}\nconst found = await getLink(id);\nif (found.status !== «200») return res.status(found.status).json(found.response);",
      ["UNAUTHORIZED", "OK", "OK"],
    ),
    marked("import getLinks from './links';\nconst result = await getLinks(user);\nexpect(result.status).toBe(«200»);", ["OK"]),
    // --- What a mocked status setter was called with, and mocks that stand in for fetch ---
    marked(
      "expect(res.status.mock.calls[0][0]).toBe(«500»);\nexpect(res.status.mock.lastCall[0]).toBe(«404»);\nassert.equal(res.sendStatus.mock.calls[0].arguments[0], «401»);",
      ["INTERNAL_SERVER_ERROR", "NOT_FOUND", "UNAUTHORIZED"],
    ),
    marked(
      "global.fetch = jest.fn().mockImplementation(async () => ({ ok: false, status: «503» }));\nstub.callsFake(() => { return { status: «502», data: null }; });",
      ["SERVICE_UNAVAILABLE", "BAD_GATEWAY"],
    ),
    // --- Arrays whose elements are iterated into a status position ---
    marked(
      "const codes = [«402», «403»];\ncodes.forEach((code) => { it(String(code), () => { res.statusCode = code; }); });\nfor (const code of [«301», «302»]) res.sendStatus(code);",
      ["PAYMENT_REQUIRED", "FORBIDDEN", "MOVED_PERMANENTLY", "MOVED_TEMPORARILY"],
    ),
    // A project's own wrapper of the same name as a framework's still counts by what it does.
    marked("function fail(res, code) { return res.status(code).json({ ok: false }); }\nfail(res, «422»);", ["UNPROCESSABLE_ENTITY"]),
    // An import cycle: `relay` is found through `direct`, and `answer` round the cycle through `relay`.
    marked("import { relay, } from './cycle-b';\nimport { answer } from './cycle-a';\nrelay(res, «404»);\nanswer(res, «404»);", ["NOT_FOUND", "NOT_FOUND"]),

    // --- Locals that carry a status read ---
    marked("const code = res.status;\nif (code === «304») return;", ["NOT_MODIFIED"]),
    marked("try { await call(); } catch (error) { const code = error.status || «500»; if (code === «401») relogin(); }", ["INTERNAL_SERVER_ERROR", "UNAUTHORIZED"]),
    marked("const v = await fetch(url).then((r) => r.status);\nexpect(v).toBe(«200»);", ["OK"]),
    marked("const { status: s } = await api.delete('/items/1');\nexpect(s).toBe(«204»);", ["NO_CONTENT"]),
    marked("const results = await Promise.all(urls.map((u) => fetch(u)));\nconst codes = results.map((r) => r.status);\nexpect(codes).toEqual([«200», «404»]);", ["OK", "NOT_FOUND"]),
    marked("const results = await Promise.all([fetch(a), fetch(b)]);\nexpect(results[0].status).toBe(«201»);", ["CREATED"]),
    marked("const [first] = await Promise.all([fetch(a), fetch(b)]);\nif (first.status === «404») missing();", ["NOT_FOUND"]),
    marked("const invalid = await request(app).post('/users').send({});\nexpect(invalid.status).toBe(«422»);", ["UNPROCESSABLE_ENTITY"]),
    marked("let created;\nbeforeAll(async () => { created = await agent.post('/items'); });\nit('creates', () => expect(created.status).toBe(«201»));", ["CREATED"]),
    marked("try { await load(); } catch (caught) { if (caught.status === «404») return empty(); }", ["NOT_FOUND"]),
    // --- Test tables whose rows are iterated into a status position; helpers held in a fallback ---
    marked(
      "const routes = [{ url: '/a', status: «200» }, { url: '/missing', status: «404» }];\nfor (const route of routes) {\n  it(route.url, async () => { const res = await request(app).get(route.url); expect(res.status).toBe(route.status); });\n}",
      ["OK", "NOT_FOUND"],
    ),
    marked("[{ path: '/gone', code: «410» }].forEach(({ path, code }) => { test(path, async () => assert.equal((await fetch(path)).status, code)); });", ["GONE"]),
    marked("function deny(res, code) { res.status(code).end(); }\nconst onError = options.onError || deny;\nonError(res, «403»);", ["FORBIDDEN"]),
    // --- A response's body that echoes its status (RFC 9457 problem details) ---
    marked(
      "const res = await request(app).get('/missing');\nres.body.status.should.equal(«404»);\nexpect(res.body.status).toBe(«404»);\nassert.strictEqual(res.body.status, «404»);",
      ["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"],
    ),
    marked("res.body.should.have.property('status', «400»);\nexpect(res).to.have.property('statusCode', «201»);", ["BAD_REQUEST", "CREATED"]),
    // --- Statuses read as numbers, jQuery's jqXHR, Elysia's error hook ---
    marked("if (parseInt(err.status, 10) === «302») follow();\nif (Number(xhr.status) !== «200») fail();", ["MOVED_TEMPORARILY", "OK"]),
    marked(
      "$.ajax({ url, error(data) { if (data.status === «403») login(); } });\n$.ajax({ url, error: function (x) { x.status === «404» && missing(); } });\n$.get(url).done(show).fail((data) => data.status === «500» && retry());",
      ["FORBIDDEN", "NOT_FOUND", "INTERNAL_SERVER_ERROR"],
    ),
    marked("fetch(url).then(({ status: code }) => { if (code === «304») useCache(); });", ["NOT_MODIFIED"]),
    marked("app.onError(({ code, error, set }) => { if (code == «404») return 'missing'; });", ["NOT_FOUND"]),
    marked("const routeError = useRouteError();\nif (routeError.status === «404») return <NotFound />;", ["NOT_FOUND"], { filename: join(inferred, "routes.tsx") }),
    // --- An envelope that another module's runner turns into the status ---
    // The guards' module says nothing of HTTP; ./guard-runner.ts imports the guards, hands them to a
    // runner, and copies the envelope's `code` into `ctx.set.status`. The audit hook's envelope is
    // only logged, the handler's is the body, and the unused guard's goes nowhere: all three stay.
    marked(readFileSync(guards, "utf8").replace("fail(401)", "fail(«401»)").replace("refuse(429", "refuse(«429»"), ["UNAUTHORIZED", "TOO_MANY_REQUESTS"], {
      filename: guards,
    }),
    // The same, within one file: the runner reads the result of the guard it is given, or of a direct call.
    marked(
      "const fail = (code, msg) => ({ code, msg });\nconst guard = (ctx) => (ctx.user ? undefined : fail(«401», 'login'));\nasync function run(check, ctx) { const result = await check(ctx); if (result) { ctx.set.status = result.code; throw result; } }\nrun(guard, ctx);\nfunction limit(ctx) { return fail(«429»); }\nconst { code } = limit(ctx);\nres.status(code);",
      ["UNAUTHORIZED", "TOO_MANY_REQUESTS"],
    ),
    // A class built by a static method, whose constructor stores the code.
    marked(
      "class Outcome { constructor(code, note) { this.code = code; this.note = note; } static refuse(code) { return new Outcome(code); } }\nexport function gate(ctx) { if (!ctx.ok) return Outcome.refuse(«403»); }\nconst verdict = gate(ctx);\nif (verdict) reply.code(verdict.code).send(verdict);",
      ["FORBIDDEN"],
    ),
    // --- An option object whose status an error class takes: `Object.assign(this, init)`, `this.status = init.status` ---
    marked(
      "class ServiceFault extends Error { constructor(init) { super(); this.message = `${init.status}: ${init.detail}`; Object.assign(this, init); } }\nclass PlainFault extends Error { constructor(init) { super(init.message); this.status = init.status; } }\nthrow new ServiceFault({ status: «413», detail: 'too long', limit: 300 });\nthrow new PlainFault({ status: «400», message: 'empty' });",
      ["REQUEST_TOO_LONG", "BAD_REQUEST"],
    ),
    // --- The status of what the project's own helper returns, read without a local ---
    marked(
      "const send = async (app, path) => app.handle(new Request(`http://localhost${path}`));\nexpect((await send(app, '/a')).status).toBe(«200»);\nconst hit = (path) => fetch(path);\nif ((await hit('/b')).status === «404») missing();",
      ["OK", "NOT_FOUND"],
    ),
  ],
});
