import Koa from 'koa';
import Router from '@koa/router';
import http from 'node:http';
import { constants as h2 } from 'node:http2';
import { StatusCodes } from 'http-status-codes';
import { findUser, createUser, removeUser, cache, applyCors, fetchUpstream } from './lib.js';

const app = new Koa();
const router = new Router({ prefix: '/api' });
const CACHE_TTL_SECONDS = 300;
const MAX_BODY_KB = 512;

router.get('/users/:id', async (ctx) => {
  const user = await findUser(ctx.params.id);
  ctx.assert(user, 404, 'user not found'); // expect: no-magic-status
  ctx.set('Cache-Control', `max-age=${CACHE_TTL_SECONDS}`);
  ctx.status = 200; // expect: no-magic-status
  ctx.body = { user, cachedFor: 300 };
});

router.post('/users', async (ctx) => {
  const created = await createUser(ctx.request.body, { maxBodyKb: MAX_BODY_KB });
  ctx.response.status = 201; // expect: no-magic-status
  ctx.set('Location', `/api/users/${created.id}`);
  ctx.body = created;
});

router.delete('/users/:id', async (ctx) => {
  await removeUser(ctx.params.id);
  ctx.status = 204; // expect: no-magic-status, no-body-with-bodiless-status
  ctx.body = { deleted: true };
});

router.put('/users/:id/avatar', async (ctx) => {
  await cache.del(`avatar:${ctx.params.id}`);
  ctx.status = 204; // expect: no-magic-status
  ctx.body = null;
});
router.get('/login', async (ctx) => {
  ctx.status = 301; // expect: no-magic-status
  ctx.redirect('/auth/login');
});
router.get('/private', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401; // expect: no-magic-status, require-status-headers
    ctx.body = { error: 'unauthorized' };
    return;
  }
  ctx.body = ctx.state.user;
});
router.get('/secure', async (ctx) => {
  if (!ctx.state.user) {
    ctx.set('WWW-Authenticate', 'Basic realm="secure"');
    ctx.status = 401; // expect: no-magic-status
    return;
  }
  if (!ctx.state.user.admin) ctx.throw(403, 'forbidden'); // expect: no-magic-status
  ctx.body = { ok: true };
});
router.get('/ws', async (ctx) => {
  ctx.status = 426; // expect: no-magic-status, require-status-headers
  ctx.body = 'upgrade required';
});
router.get('/ws2', async (ctx) => {
  ctx.set({ Upgrade: 'websocket', Connection: 'Upgrade' });
  ctx.status = 426; // expect: no-magic-status
});
router.get('/cached/:key', async (ctx) => {
  ctx.status = StatusCodes.NOT_MODIFIED; // expect: no-body-with-bodiless-status
  ctx.body = { key: ctx.params.key, value: await cache.get(ctx.params.key) };
});

router.get('/upstream', async (ctx) => {
  try {
    ctx.body = await fetchUpstream({ timeout: 500, retries: 2 });
  } catch (err) {
    ctx.status = 502; // expect: no-magic-status
    ctx.body = { statusCode: 500, retryInSeconds: 120 };
  }
});

router.get('/cdn-origin', async (ctx) => {
  if (ctx.query.full) ctx.status = StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE; // expect: no-unknown-status
  else ctx.status = 520; // expect: no-unknown-status
});

app.use(router.routes()).use(router.allowedMethods());

const server = http.createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }); // expect: no-magic-status
    res.end('ok');
    return;
  }
  if (req.url === '/old') {
    res.writeHead(301, { Location: '/new' }); // expect: no-magic-status
    res.end();
    return;
  }
  if (req.method === 'CONNECT') {
    res.statusCode = 405; // expect: no-magic-status
    res.setHeader('Allow', 'GET, HEAD');
    res.end();
    return;
  }
  if (req.url === '/etag' && req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304); // expect: no-magic-status, no-body-with-bodiless-status
    res.end(JSON.stringify({ version: 1 }));
    return;
  }
  if (req.url === '/proxy') {
    res.writeHead(407, { 'Content-Type': 'text/plain' }); // expect: no-magic-status, require-status-headers
    res.end('proxy authentication required');
    return;
  }
  if (req.url === '/legacy-proxy') {
    res.writeHead(h2.HTTP_STATUS_USE_PROXY, { Location: 'http://proxy.local:3128' }); // expect: no-deprecated-status
    res.end();
    return;
  }
  if (req.url === '/debug') {
    res.writeHead(999, { 'Content-Type': 'text/plain' }); // expect: no-unknown-status
    res.end('debug');
    return;
  }
  app.callback()(req, res);
});

const strict = http.createServer((req, res) => {
  if (req.method === 'TRACE') {
    res.statusCode = 405; // expect: no-magic-status, require-status-headers
    res.end();
    return;
  }
  app.callback()(req, res);
});

const internal = http.createServer((req, res) => {
  applyCors(res);
  res.statusCode = 401; // expect: no-magic-status
  res.end();
});

server.keepAliveTimeout = 65000;
server.maxHeadersCount = 200;
server.setTimeout(120 * 1000);
server.listen(443);
internal.listen(8443);
strict.listen(8080);
