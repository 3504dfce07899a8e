import { Router, type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';
import * as hsc from 'http-status-codes';
import { db } from './db';
import { requireAuth, applySecurityHeaders } from './middleware';

// Pagination: at most 500 pages of 100 items; 404 when the page is past the end.
const PAGE_SIZE = 100;
const MAX_PAGE = 500;
const NOT_FOUND = 404;

export const router = Router();

router
  .route('/items')
  .get(async (req: Request, res: Response) => {
    const page = Math.min(Number(req.query.page ?? 1), MAX_PAGE);
    const items = await db.items.list({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });
    res.setHeader('X-RateLimit-Limit', 100);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.status(200).json({ // expect: no-magic-status
      status: 200,
      items: items.slice(0, 200),
    });
  })
  .post(requireAuth, async (req: Request, res: Response) => {
    if (!req.body?.name || req.body.name.length > 255) {
      return res
        .status(422) // expect: no-magic-status
        .json({
          code: 422,
          maxLength: 255,
        });
    }
    const item = await db.items.create(req.body);
    res.location(`/items/${item.id}`);
    res.status(StatusCodes.CREATED).json(item);
  })
  .delete((req, res) => res.sendStatus(204)); // expect: no-magic-status

router.get('/items/:id', async (req, res) => {
  const item = await db.items.find(req.params.id);
  if (!item) {
    return res.status(/* not found */ 404).json({ // expect: no-magic-status
      code: 404,
      retryAfter: 120,
    });
  }
  if (req.fresh) {
    return res.status(304).end(); // expect: no-magic-status
  }
  res.status((200)).json(item); // expect: no-magic-status
});

router.get('/legacy/items/:id', (req, res) => {
  res.redirect(301, `/items/${req.params.id}`); // expect: no-magic-status
});

router.get('/old-catalog', (req, res) => {
  res.status(308).end(); // expect: no-magic-status, require-status-headers
});

router.get('/catalog', (req, res) => {
  res.set('Location', '/items?limit=100');
  res.status(302).send(); // expect: no-magic-status
});

router.put('/items/:id', requireAuth, async (req, res) => {
  if (req.headers['if-match'] === undefined) {
    return res.status(428).json({ required: 'If-Match' }); // expect: no-magic-status
  }
  const updated = await db.items.update(req.params.id, req.body);
  if (!updated) return res.status(NOT_FOUND).end();
  res.status(StatusCodes.NO_CONTENT).json({ updated: true }); // expect: no-body-with-bodiless-status
});

router.patch('/items/:id', (req, res) => {
  res.status(405).json({ error: 'use PUT' }); // expect: no-magic-status, require-status-headers
});

router.all('/items/:id/archive', (req, res) => {
  res.set('Allow', 'POST');
  res.status(405).end(); // expect: no-magic-status
});

router.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'login required' }); // expect: no-magic-status, require-status-headers
  }
  res.json({ user: req.user, status: 200 });
});

router.get('/admin', (req, res) => {
  if (!req.user) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="admin"');
    return res.status(StatusCodes.UNAUTHORIZED).end();
  }
  if (!req.user.isAdmin) return res.status(403).send('Forbidden'); // expect: no-magic-status
  res.json({ ok: true });
});

router.get('/reports/:id', (req, res) => {
  applySecurityHeaders(res);
  res.status(401).end(); // expect: no-magic-status
});

router.get('/export', (req, res) => {
  res.status(StatusCodes.MOVED_PERMANENTLY).end(); // expect: require-status-headers
});

router.post('/imports', async (req, res) => {
  try {
    const job = await db.imports.start(req.body, { chunkSize: 500, timeoutMs: 300 });
    res.status(202).json({ id: job.id }); // expect: no-magic-status
  } catch (err) {
    if (req.aborted) return res.status(499).end(); // expect: no-unknown-status
    res.status(StatusCodes.METHOD_FAILURE).json({ error: String(err) }); // expect: no-unknown-status
  }
});

router.get('/via-proxy', (req, res) => {
  res.location('http://proxy.internal:3128');
  res.status(305).end(); // expect: no-magic-status, no-deprecated-status
});

router.post('/imports/:id/wait', (req, res) => {
  res.status(hsc.StatusCodes.PROCESSING).end(); // expect: no-deprecated-status
});

router.get('/search', async (req, res) => {
  const code = res.locals.code ?? StatusCodes.OK;
  const LIMIT = 500;
  const hits = await db.items.search(String(req.query.q ?? ''));
  res.status(code).send(hits.slice(0, LIMIT));
});

export function sendResult(res: Response, data: unknown, status = 200) { // expect: no-magic-status
  res.status(status).json(data);
}
