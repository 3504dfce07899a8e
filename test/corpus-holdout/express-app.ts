// Orders API (Express 5, TypeScript). Mounted under /v1 by server.ts.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';
import { applyCors } from './middleware/cors';
import { OrderService, type Order } from './services/orders';

const PAGE_SIZE = 100;
const MAX_TITLE_LENGTH = 255;
const GONE = 410;

interface ApiError extends Error {
  status?: number;
  expose?: boolean;
}

type Paginated<T> = { items: T[]; page: number; total: number };

const app = express();
const orders = new OrderService({ cacheTtlSeconds: 300, retries: 3, poolSize: 200 });
const v1 = Router();

app.use(express.json({ limit: '200kb' }));
app.set('json spaces', 2);

function paginate<T>(rows: T[], page: number): Paginated<T> {
  const start = (page - 1) * PAGE_SIZE;
  return { items: rows.slice(start, start + PAGE_SIZE), page, total: rows.length };
}

function notFound(response: Response, what: string) {
  const payload = { error: `${what} not found`, code: 404 };
  return response.status(404).json(payload); // expect: no-magic-status
}

v1.get('/orders', async (req: Request, response: Response) => {
  const page = Number(req.query.page ?? 1);
  const rows = await orders.list({ take: 500 });
  response.status(200).json(paginate<Order>(rows, page)); // expect: no-magic-status
});

v1.get('/orders/:id', async (req, response) => {
  const order = await orders.find(req.params.id);
  if (!order) return notFound(response, 'order');
  if (order.archived) return response.sendStatus(GONE);
  response.json(order);
});

v1.post('/orders', async (req, response) => {
  const { title } = req.body as { title?: string };
  if (!title || title.length > MAX_TITLE_LENGTH) {
    return response.status(422).json({ error: 'title must be 1-255 chars' }); // expect: no-magic-status
  }
  const created = await orders.create({ title, priority: 300 });
  response
    .status(201) // expect: no-magic-status
    .location(`/v1/orders/${created.id}`)
    .json(created);
});

v1.delete('/orders/:id', async (req, response) => {
  await orders.remove(req.params.id);
  response.status(204).end(); // expect: no-magic-status
});

v1.patch('/orders/:id/archive', async (req, response) => {
  const archived = await orders.archive(req.params.id);
  response.status(204).json({ archived }); // expect: no-magic-status, no-body-with-bodiless-status
});

v1.put('/orders/:id/settings', async (req, response) => {
  await orders.saveSettings(req.params.id, req.body);
  response.status(204); // expect: no-magic-status, no-body-with-bodiless-status
  response.json({ saved: true });
});

v1.all('/orders/:id', (req, response) => {
  response.set('Allow', 'GET, PATCH, DELETE');
  response.status(405).json({ error: `${req.method} not allowed` }); // expect: no-magic-status
});

v1.all('/reports', (_req, response) => {
  response.status(405).json({ error: 'read-only resource' }); // expect: no-magic-status, require-status-headers
});

v1.get('/me', (req, response) => {
  const token = req.get('authorization');
  if (!token) {
    return response.status(401).json({ error: 'missing token' }); // expect: no-magic-status, require-status-headers
  }
  response.json({ token: token.slice(0, 8) });
});

v1.get('/admin', (req, response) => {
  if (!req.get('authorization')) {
    return response
      .set('www-authenticate', 'Bearer realm="admin"')
      .status(401) // expect: no-magic-status
      .json({ error: 'admin token required' });
  }
  response.json({ ok: true });
});

v1.get('/partner', (_req, response) => {
  applyCors(response);
  response.status(401).json({ error: 'partner key required' }); // expect: no-magic-status
});

v1.get('/billing', (_req, response) => {
  response.status(StatusCodes.UNAUTHORIZED).json({ error: 'billing scope missing' }); // expect: require-status-headers
});

v1.get('/legacy/orders', (_req, response) => {
  response.redirect(301, '/v1/orders'); // expect: no-magic-status
});

v1.get('/docs', (_req, response) => {
  response.status(302).end(); // expect: no-magic-status, require-status-headers
});

v1.get('/export', async (_req, response) => {
  const job = await orders.startExport({ chunkSize: 500 });
  const body = { jobId: job.id, pollAfterMs: 250 };
  response.status(202).json(body); // expect: no-magic-status
});

v1.get('/ping', (_req, response) => {
  response.sendStatus(204); // expect: no-magic-status
});

v1.get('/quota', (_req, response) => {
  response.status(429).json({ retry: true }); // expect: no-magic-status
});

v1.get('/upstream/:sku', async (req, response) => {
  const upstream = await fetch(`https://catalog.internal/skus/${req.params.sku}`, { signal: AbortSignal.timeout(400) });
  if (upstream.status === 404) { // expect: no-magic-status
    return response.status(StatusCodes.NOT_FOUND).json({ error: 'unknown sku' });
  }
  response.json(await upstream.json());
});

app.use('/v1', v1);

app.use((err: ApiError, _req: Request, response: Response, _next: NextFunction) => {
  const message = err.expose ? err.message : 'Internal error';
  response.status(err.status ?? 500).json({ error: message }); // expect: no-magic-status
});

app.listen(Number(process.env.PORT ?? 3000));
