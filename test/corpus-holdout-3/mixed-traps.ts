import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { chmod } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { StatusCodes as HTTP } from 'http-status-codes';
import { listOrders, listJobs, mailer, metrics, cdn } from './services';

// 404s and 500s are counted below; see docs/errors/404.md for the page shown on 404.
const app = Fastify({ bodyLimit: 1048576, connectionTimeout: 500, keepAliveTimeout: 120 });

const PAGE_LIMIT = 500;
const BURST = 100;
const SLOW_MS = 250;
const HTTP_OK = 200;
const MAX_NAME_LENGTH = 255;
enum OrderState {
  Draft = 100,
  Paid = 200,
  Shipped = 300,
}
const palette = { red: { 500: '#f44336' }, gray: { 300: '#e0e0e0' } };
const ALT_LIMITS = [0x1f4, 0o644, 2e2, 1_000, -404];
const BIG_ID = 404n;

app.get(
  '/orders',
  {
    schema: {
      response: {
        200: { type: 'array', maxItems: 500 },
        404: { type: 'object', properties: { code: { type: 'integer', example: 404 } } },
      },
    },
  },
  async (request, reply) => {
    const orders = await listOrders({ take: 500, skip: 0 });
    const paid = orders.filter((order) => order.status === 200);
    const drafts = orders.filter((order) => order.state === OrderState.Draft);
    reply.header('X-Total-Count', orders.length);
    reply.header('Retry-After', 120);
    reply.code(200); // expect: no-magic-status
    return { paid: paid.slice(0, PAGE_LIMIT), drafts: drafts.length, status: 200 };
  },
);

app.get('/orders/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
  const orders = await listOrders({ id: request.params.id, take: 1 });
  if (orders.length === 0) {
    return reply
      .status(404) // expect: no-magic-status
      .send({
        code: 404,
        line: 404,
        retryAfter: 300,
      });
  }
  const order = orders[0];
  if (order.price > 199 && order.userId === 500) metrics.increment('vip', 100);
  reply.code(200).send(order); // expect: no-magic-status
});

app.delete('/orders/:id', async (request, reply) => {
  metrics.timing('delete', SLOW_MS);
  return reply.code(204).send({ ok: true }); // expect: no-magic-status, no-body-with-bodiless-status
});

app.post('/orders/:id/cancel', async (request, reply) => reply.code(204).send()); // expect: no-magic-status

app.get('/jobs', async (request, reply) => {
  const jobs = await listJobs({ limit: BURST });
  const queued = jobs.filter((job) => job.status === 100);
  for (const job of jobs) {
    switch (job.level) {
      case 100:
        metrics.increment('debug', 1);
        break;
      case 200:
        metrics.increment('info', 1);
        break;
      case 500:
        metrics.increment('fatal', 1);
        break;
    }
  }
  if (reply.statusCode >= 500) metrics.increment('errors', 1);
  if (reply.statusCode < 400) metrics.increment('ok', 1);
  if (Math.floor(reply.statusCode / 100) === 4) metrics.increment('client', 1);
  let status = 200; // expect: no-magic-status
  const overloaded = queued.length > 250;
  if (overloaded) status = 503; // expect: no-magic-status
  reply.code(status);
  return { queued: queued.length, max: 250 };
});

app.get('/me', async (request, reply) => {
  if (!request.headers.authorization) {
    return reply.code(401).send({ error: 'unauthorized' }); // expect: no-magic-status, require-status-headers
  }
  return { user: request.headers['x-user'] };
});

app.get('/me/token', async (request, reply) => {
  reply.header('WWW-Authenticate', 'Bearer realm="api"').code(401).send(); // expect: no-magic-status
});

app.get('/old-orders', async (request, reply) => {
  reply.code(301).send(); // expect: no-magic-status, require-status-headers
});

app.get('/older-orders', async (request, reply) => {
  reply.headers({ Location: '/orders' }).code(308).send(); // expect: no-magic-status
});

app.get('/via-proxy', async (request, reply) => {
  reply.header('Location', 'http://proxy.local:3128');
  reply.code(HTTP.USE_PROXY).send(); // expect: no-deprecated-status
});

app.get('/drop', async (request, reply) => {
  reply.code(444).send(); // expect: no-unknown-status
});

app.get('/edge', async (request, reply) => {
  const purged = await cdn.purge({ maxAgeSeconds: 300, staleSeconds: 600 });
  reply.statusCode = purged
    ? 202 // expect: no-magic-status
    : 409; // expect: no-magic-status
  return { purged, ttl: 300 };
});

app.post('/mail', async (request, reply) => {
  const result = await mailer.send({ to: 'ops@example.com', priority: 100 });
  if (result.smtpCode === 550) metrics.increment('bounced', 1);
  if (result.smtpCode === 421) metrics.increment('deferred', 1);
  reply.code(202); // expect: no-magic-status
  return { queued: true, id: randomBytes(128).toString('hex').slice(0, 255) };
});

export async function ensurePermissions(path: string) {
  await chmod(path, 0o644);
  setTimeout(() => metrics.increment('chmod', 1), 200);
  return { path, mode: 420, width: 400, height: 300, zIndex: 100, color: palette.red[500] };
}

export const shortName = (name: string) => (name.length > MAX_NAME_LENGTH ? name.slice(0, 255) : name);
export const percent = (part: number, total: number) => Math.round((part / total) * 100) / 100;

export const ok = (reply: FastifyReply) => reply.code(HTTP_OK).send({ ok: true, statusCode: 200 });
export const alt = { ALT_LIMITS, BIG_ID, gray: palette.gray[300], exitCode: 130, days: 365, id: 201 };

app.listen({ port: 443, host: '0.0.0.0' });
