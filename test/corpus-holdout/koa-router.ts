// Inventory service: Koa + @koa/router
import Koa, { type Context, type Next } from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { StatusCodes } from 'http-status-codes';
import { withSecurityHeaders } from './security';
import { InventoryRepo, type Sku } from './inventory';

const app = new Koa();
const router = new Router({ prefix: '/api/v2' });
const repo = new InventoryRepo({ poolSize: 200, idleTimeoutMs: 500 });
const THROTTLE_WINDOW_SECONDS = 120;

async function timing(context: Context, next: Next) {
  const t0 = Date.now();
  await next();
  context.set('X-Response-Time', `${Date.now() - t0}ms`);
}

router.get('/skus', async (context) => {
  const limit = Math.min(Number(context.query.limit ?? 100), 500);
  context.body = await repo.list(limit);
  context.status = 200; // expect: no-magic-status
});

router.get('/skus/:sku', async (context) => {
  const item = await repo.get(context.params.sku);
  context.assert(item, 404, 'unknown sku'); // expect: no-magic-status
  context.body = item;
});

router.post('/skus', async (context) => {
  const payload = context.request.body as Partial<Sku>;
  if (!payload.name) context.throw(400, 'name is required'); // expect: no-magic-status
  const saved = await repo.insert(payload);
  context.status = 201; // expect: no-magic-status
  context.set('Location', `/api/v2/skus/${saved.sku}`);
  context.body = saved;
});

router.delete('/skus/:sku', async (context) => {
  await repo.remove(context.params.sku);
  context.status = 204; // expect: no-magic-status
});

router.post('/skus/:sku/touch', async (context) => {
  const touched = await repo.touch(context.params.sku);
  context.status = 204; // expect: no-magic-status, no-body-with-bodiless-status
  context.body = { touched };
});

router.get('/skus/:sku/image', async (context) => {
  const etag = await repo.imageEtag(context.params.sku);
  if (context.get('If-None-Match') === etag) {
    context.status = 304; // expect: no-magic-status
    context.body = null;
    return;
  }
  context.set('ETag', etag);
  context.body = await repo.imageStream(context.params.sku, { width: 640, quality: 80 });
});

router.put('/skus/:sku/lock', async (context) => {
  if (!context.state.user) {
    context.status = 401; // expect: no-magic-status, require-status-headers
    context.body = { error: 'sign in first' };
    return;
  }
  context.body = await repo.lock(context.params.sku, { ttlSeconds: 300 });
});

router.put('/skus/:sku/unlock', async (context) => {
  if (!context.state.user) {
    context.status = 401; // expect: no-magic-status
    context.set('WWW-Authenticate', 'Bearer realm="inventory"');
    return;
  }
  context.body = await repo.unlock(context.params.sku);
});

router.get('/catalog', async (context) => {
  context.status = 301; // expect: no-magic-status
  context.redirect('/api/v2/skus');
});

router.get('/catalog/mirror', async (context) => {
  context.status = 305; // expect: no-magic-status, no-deprecated-status
});

router.all('/skus/bulk', async (context) => {
  context.set({ Allow: 'POST' });
  context.status = 405; // expect: no-magic-status
});

router.get('/warehouse', async (context) => {
  withSecurityHeaders(context);
  context.status = 407; // expect: no-magic-status
});

router.get('/admin/reindex', async (context) => {
  context.throw(401, 'admin only', { headers: { 'WWW-Authenticate': 'Basic' } }); // expect: no-magic-status
});

router.get('/reindex/status', async (context) => {
  context.response.status = 202; // expect: no-magic-status
  context.body = { progress: await repo.reindexProgress() };
});

router.get('/throttled', async (context) => {
  context.set('Retry-After', String(THROTTLE_WINDOW_SECONDS));
  context.status = StatusCodes.TOO_MANY_REQUESTS;
  context.body = { retryAfter: 120 };
});

router.get('/bandwidth', async (context) => {
  context.status = 509; // expect: no-unknown-status
});

router.get('/stats', async (context) => {
  const stats = await repo.stats();
  context.body = { status: 200, p95: stats.p95, p99: stats.p99, slowest: 450 };
});

app.use(async (context, next) => {
  try {
    await next();
  } catch (err) {
    const e = err as { status?: number; expose?: boolean; message: string };
    context.status = e.status || 500; // expect: no-magic-status
    context.body = { message: e.expose ? e.message : 'internal' };
  }
});

app.use(timing);
app.use(bodyParser({ jsonLimit: '100kb' }));
app.use(router.routes()).use(router.allowedMethods());
app.listen(4000);
