import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import { StatusCodes } from 'http-status-codes';

type Bindings = { DB: D1Database; TOKEN: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use('/api/*', cors({ origin: '*', maxAge: 600 }));

app.get('/api/notes', async (c) => {
  const limit = Math.min(Number(c.req.query('limit') ?? 100), 500);
  const { results } = await c.env.DB.prepare('SELECT * FROM notes LIMIT ?').bind(limit).all();
  return c.json(results, 200); // expect: no-magic-status
});

app.get('/api/notes/:id', async (c) => {
  const note = await c.env.DB.prepare('SELECT * FROM notes WHERE id = ?').bind(c.req.param('id')).first();
  if (!note) return c.json({ message: 'not found' }, 404); // expect: no-magic-status
  return c.json(note);
});

app.post('/api/notes', async (c) => {
  const body = await c.req.json<{ text: string }>();
  if (body.text.length > 280) {
    throw new HTTPException(413, { message: 'note too long' }); // expect: no-magic-status
  }
  const id = crypto.randomUUID();
  return c.json({ id }, 201, { Location: `/api/notes/${id}` }); // expect: no-magic-status
});

app.delete('/api/notes/:id', async (c) => {
  await c.env.DB.prepare('DELETE FROM notes WHERE id = ?').bind(c.req.param('id')).run();
  return c.body(null, 204); // expect: no-magic-status
});

app.delete('/api/tags/:id', (c) => c.json({ deleted: true }, 204)); // expect: no-magic-status, no-body-with-bodiless-status

app.put('/api/tags/:id', (c) => c.text('reset', 205)); // expect: no-magic-status, no-body-with-bodiless-status

app.get('/api/private', (c) => {
  if (!c.req.header('Authorization')) {
    return c.json({ error: 'unauthorized' }, 401); // expect: no-magic-status, require-status-headers
  }
  return c.text('secret');
});

app.get('/api/vault', (c) => {
  if (!c.req.header('Authorization')) {
    c.header('WWW-Authenticate', 'Bearer realm="vault"');
    return c.body(null, 401); // expect: no-magic-status
  }
  return c.text('vault');
});

app.get('/api/session', (c) => {
  if (!c.req.header('Cookie')) throw new HTTPException(401, { message: 'no session' }); // expect: no-magic-status
  c.status(200); // expect: no-magic-status
  return c.json({ ok: true });
});

app.post('/api/legacy', (c) => {
  c.status(405); // expect: no-magic-status, require-status-headers
  return c.text('Method Not Allowed');
});

app.patch('/api/legacy', (c) => {
  c.header('Allow', 'GET');
  return c.newResponse(null, 405); // expect: no-magic-status
});

app.get('/api/slow', (c) => {
  c.status(102); // expect: no-magic-status, no-deprecated-status
  return c.body(null);
});

app.get('/old', (c) => c.redirect('/new', 301)); // expect: no-magic-status
app.get('/older', (c) => c.redirect('/new'));
app.get('/moved', (c) => c.body(null, 302)); // expect: no-magic-status, require-status-headers
app.get('/moved-ok', (c) => c.body(null, 302, { Location: '/new' })); // expect: no-magic-status
app.get('/upgrade', (c) => c.text('Upgrade Required', 426, { Upgrade: 'websocket', Connection: 'Upgrade' })); // expect: no-magic-status
app.get('/cdn-error', (c) => c.text('origin unreachable', 523)); // expect: no-unknown-status
app.get('/early', (c) => c.body('hints', 103)); // expect: no-magic-status, no-body-with-bodiless-status

app.get('/cached/:key', (c) => {
  const key = c.req.param('key');
  if (c.req.header('If-None-Match') === key) {
    return c.newResponse(null, 304); // expect: no-magic-status
  }
  if (c.req.header('If-Match') === key) {
    return c.newResponse(key, 304); // expect: no-magic-status, no-body-with-bodiless-status
  }
  return c.text(key, StatusCodes.OK, { ETag: key });
});

app.notFound((c) => c.json({ message: 'Not Found' }, 404)); // expect: no-magic-status

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  return c.text('Internal Server Error', 500); // expect: no-magic-status
});

export default app;
