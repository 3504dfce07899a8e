'use strict';
// Three small services from the same monorepo: Fastify (public API), Koa (sessions), Hapi (inventory).
const Fastify = require('fastify');
const Koa = require('koa');
const Router = require('@koa/router');
const Hapi = require('@hapi/hapi');
const { StatusCodes } = require('http-status-codes');
const { findUser, removeUser, createSession, destroySession, listItems } = require('./data');

const fastify = Fastify({ logger: true, bodyLimit: 1048576, connectionTimeout: 500 });
fastify.register(require('@fastify/rate-limit'), { max: 100, timeWindow: '1 minute' });

const userSchema = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string', maxLength: 255 } } };
const errorSchema = { type: 'object', properties: { error: { type: 'string' } } };

fastify.get('/users/:id', {
  schema: {
    response: {
      200: userSchema,
      404: errorSchema,
    },
  },
}, async (request, reply) => {
  const user = await findUser(request.params.id);
  if (!user) return reply.code(404).send({ error: 'not found' }); // expect: no-magic-status
  reply.header('Cache-Control', 'max-age=300');
  return user;
});

fastify.get('/people/:id', async (request, reply) => reply.redirect(`/users/${request.params.id}`, 301)); // expect: no-magic-status

fastify.delete('/users/:id', async (request, reply) => {
  await removeUser(request.params.id);
  reply.statusCode = 204; // expect: no-magic-status, no-body-with-bodiless-status
  return reply.send({ deleted: true });
});

fastify.patch('/users/:id', async (request, reply) => {
  reply.code(204).send({ ok: true }); // expect: no-magic-status, no-body-with-bodiless-status
});

fastify.post('/avatars', async (request, reply) => {
  reply.code(405).send({ error: 'use PUT' }); // expect: no-magic-status, require-status-headers
});

fastify.delete('/avatars', async (request, reply) => {
  reply.code(405).header('Allow', 'PUT').send(); // expect: no-magic-status
});

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.status(401).send({ error: 'login required' }); // expect: no-magic-status, require-status-headers
  return request.user;
});

fastify.get('/via-proxy', async (request, reply) => {
  return reply.code(StatusCodes.USE_PROXY).header('Location', 'http://proxy:3128').send(); // expect: no-deprecated-status
});

fastify.post('/spring-batch', async (request, reply) => {
  return reply.code(StatusCodes.METHOD_FAILURE).send({ error: 'batch step failed' }); // expect: no-unknown-status
});

fastify.setErrorHandler((error, request, reply) => {
  const code = error.statusCode ?? 500; // expect: no-magic-status
  reply.status(code).send({ message: error.message, statusCode: code });
});

// ---- Koa ----
const koa = new Koa();
const router = new Router();

koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500; // expect: no-magic-status
    ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };
  }
});

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Login required'); // expect: no-magic-status
  ctx.body = ctx.state.user;
});

router.get('/admin', async (ctx) => {
  if (!ctx.state.user.isAdmin) ctx.throw(403); // expect: no-magic-status
  ctx.body = { status: 200, data: await listItems({ limit: 100 }) };
});

router.post('/sessions', async (ctx) => {
  const session = await createSession(ctx.request.body);
  ctx.status = 201; // expect: no-magic-status
  ctx.set('Location', `/sessions/${session.id}`);
  ctx.body = session;
});

router.del('/sessions/:id', async (ctx) => {
  await destroySession(ctx.params.id);
  ctx.status = 204; // expect: no-magic-status, no-body-with-bodiless-status
  ctx.body = { ok: true };
});

router.get('/login', async (ctx) => {
  ctx.status = 301; // expect: no-magic-status
  ctx.redirect('/sessions/new');
});

router.put('/sessions', async (ctx) => {
  ctx.status = 405; // expect: no-magic-status, require-status-headers
  ctx.body = { error: 'method not allowed' };
});

router.get('/ws', async (ctx) => {
  ctx.set('Upgrade', 'websocket');
  ctx.set('Connection', 'Upgrade');
  ctx.status = 426; // expect: no-magic-status
});

router.get('/reports/:id', async (ctx) => {
  ctx.status = 102; // expect: no-magic-status, no-deprecated-status
});

router.get('/events', async (ctx) => {
  if (ctx.req.aborted) ctx.status = 499; // expect: no-unknown-status
});

koa.use(router.routes()).use(router.allowedMethods());

// ---- Hapi ----
const hapi = Hapi.server({ port: 443, host: 'localhost', routes: { payload: { maxBytes: 1048576, timeout: 500 } } });

hapi.route([
  { method: 'POST', path: '/items', handler: async (request, h) => h.response(await listItems(request.payload)).code(201) }, // expect: no-magic-status
  { method: 'GET', path: '/private', handler: (request, h) => h.response({ error: 'token required' }).code(401) }, // expect: no-magic-status, require-status-headers
  { method: 'DELETE', path: '/items/{id}', handler: (request, h) => h.response({ ok: true }).code(204) }, // expect: no-magic-status, no-body-with-bodiless-status
  { method: 'DELETE', path: '/items', handler: (request, h) => h.response().code(204) }, // expect: no-magic-status
  { method: 'GET', path: '/home', handler: (request, h) => h.response().code(302).header('Location', '/') }, // expect: no-magic-status
  { method: 'GET', path: '/mirror', handler: (request, h) => h.response().code(305).header('Location', 'http://proxy') }, // expect: no-magic-status, no-deprecated-status
  { method: 'GET', path: '/stats', handler: (request, h) => h.response({ hits: 500 }).header('Cache-Control', 'max-age=300') },
  { method: 'GET', path: '/old', handler: (request, h) => h.redirect('/new').permanent() },
]);

module.exports = { fastify, koa, hapi };
