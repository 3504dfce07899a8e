import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';
import helmet from 'helmet';
import cors from 'cors';
import { z } from 'zod';
import { OrderService } from './order-service.js';
import { buildCacheHeaders } from './cache.js';

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  headers?: Record<string, string>;
}

const router = Router();
const orders = new OrderService({ cacheTtl: 300, maxRetries: 3 });

const CreateOrder = z.object({
  sku: z.string().max(120),
  quantity: z.number().int().min(1).max(500),
});

router.get('/orders', async (req: Request, res: Response) => {
  const list = await orders.list({ limit: 100, offset: Number(req.query.offset ?? 0) });
  res.status(StatusCodes.OK).json(list);
});

router.post('/orders', async (req: Request, res: Response) => {
  const parsed = CreateOrder.safeParse(req.body);
  if (!parsed.success) {
    res.status(422).json({ issues: parsed.error.issues }); // expect: no-magic-status
    return;
  }
  const order = await orders.create(parsed.data);
  res.status(201).json(order); // expect: no-magic-status
});

router.get('/orders/:id', async (req: Request, res: Response) => {
  const order = await orders.find(req.params.id);
  res.status(order ? 200 : StatusCodes.NOT_FOUND).json(order ?? { message: 'Order not found' }); // expect: no-magic-status
});

router.patch('/orders/:id', async (req: Request, res: Response) => {
  const order = await orders.find(req.params.id);
  if (order.state === 'shipped') {
    res.status(409).json({ error: 'order already shipped' }); // expect: no-magic-status
    return;
  }
  await orders.update(req.params.id, req.body);
  res.status(204).send(); // expect: no-magic-status
});

router.post('/orders/:id/cancel', async (req: Request, res: Response) => {
  await orders.cancel(req.params.id);
  res.status(205); // expect: no-magic-status, no-body-with-bodiless-status
  res.json({ cancelled: true });
});

router.delete('/orders/:id', (req: Request, res: Response) => {
  res.status(405); // expect: no-magic-status
  res.set('Allow', 'GET, PATCH');
  res.end();
});

router.get('/checkout', (req: Request, res: Response) => {
  res.status(303).set('Location', '/checkout/step-1').end(); // expect: no-magic-status
});

router.get('/cart', (req: Request, res: Response) => {
  res.header('location', '/checkout');
  res.status(307).end(); // expect: no-magic-status
});

router.get('/basket', (req: Request, res: Response) => {
  res.status(307).json({ next: '/cart' }); // expect: no-magic-status, require-status-headers
});

router.get('/account', (req: Request, res: Response) => {
  if (!req.headers.authorization) {
    res.append('WWW-Authenticate', 'Basic realm="account", charset="UTF-8"');
    res.status(401).end(); // expect: no-magic-status
    return;
  }
  res.sendStatus(200); // expect: no-magic-status
});

router.get('/billing', (req: Request, res: Response) => {
  res.sendStatus(401); // expect: no-magic-status, require-status-headers
});

router.get('/avatars/:id', (req: Request, res: Response) => {
  const headers = buildCacheHeaders(req);
  res.set(headers);
  res.status(301).end(); // expect: no-magic-status
});

router.get('/quota', (req: Request, res: Response) => {
  res.status(509).send('Bandwidth limit exceeded'); // expect: no-unknown-status
});

router.get('/mirror', (req: Request, res: Response) => {
  res.status(305).set('Location', 'http://proxy.internal:3128').end(); // expect: no-magic-status, no-deprecated-status
});

router.get('/gateway', (req: Request, res: Response) => {
  res.status(600).send('upstream exploded'); // expect: no-unknown-status
});

export function errorHandler(err: HttpError, req: Request, res: Response, _next: NextFunction): void {
  if (err.headers) res.set(err.headers);
  res.status(err.statusCode ?? 500).json({ message: err.message }); // expect: no-magic-status
}

const app = express();
app.use(helmet());
app.use(cors({ origin: true, maxAge: 600 }));
app.use(express.json({ limit: '1mb' }));
app.use('/api', router);
app.use(errorHandler);
app.listen(8080);
