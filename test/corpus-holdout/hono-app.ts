// Link shortener on Hono (Workers + D1)
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { StatusCodes } from 'http-status-codes';

type Bindings = { DB: D1Database; SECRET: string };
type Variables = { userId?: string };
type LinkRow = { slug: string; target: string; hits: number };

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>();
const MAX_TARGET_LENGTH = 2000;
const SLUG_LENGTH = 8;

async function findLink<T extends LinkRow>(db: D1Database, slug: string): Promise<T | null> {
  return db.prepare('SELECT * FROM links WHERE slug = ? LIMIT 1').bind(slug).first<T>();
}

app.get('/api/links', async (c) => {
  const limit = Math.min(Number(c.req.query('limit') ?? '100'), 500);
  const { results } = await c.env.DB.prepare('SELECT * FROM links LIMIT ?').bind(limit).all<LinkRow>();
  return c.json({ results }, 200); // expect: no-magic-status
});

app.get('/api/links/:slug', async (c) => {
  const row = await findLink(c.env.DB, c.req.param('slug'));
  if (!row) return c.text('no such link', 404); // expect: no-magic-status
  return c.redirect(row.target, 302); // expect: no-magic-status
});

app.post('/api/links', async (c) => {
  const body = await c.req.json<{ target: string }>();
  if (body.target.length > MAX_TARGET_LENGTH) return c.json({ error: 'too long' }, 400); // expect: no-magic-status
  const slug = crypto.randomUUID().slice(0, SLUG_LENGTH);
  await c.env.DB.prepare('INSERT INTO links (slug, target, hits) VALUES (?, ?, 0)').bind(slug, body.target).run();
  return c.json({ slug }, 201, { Location: `/api/links/${slug}` }); // expect: no-magic-status
});

app.put('/api/links/:slug', async (c) => {
  const { target } = await c.req.json<{ target: string }>();
  const changes = await c.env.DB.prepare('UPDATE links SET target = ? WHERE slug = ?').bind(target, c.req.param('slug')).run();
  const created = changes.meta.changes === 0;
  return c.json(
    { slug: c.req.param('slug') },
    created
      ? 201 // expect: no-magic-status
      : 200, // expect: no-magic-status
  );
});

app.delete('/api/links/:slug', async (c) => {
  await c.env.DB.prepare('DELETE FROM links WHERE slug = ?').bind(c.req.param('slug')).run();
  return c.body(null, 204); // expect: no-magic-status
});

app.post('/api/links/:slug/hit', async (c) => {
  await c.env.DB.prepare('UPDATE links SET hits = hits + 1 WHERE slug = ?').bind(c.req.param('slug')).run();
  return c.body(JSON.stringify({ counted: true }), 204); // expect: no-magic-status, no-body-with-bodiless-status
});

app.patch('/api/links/:slug/reset', async (c) => {
  c.status(204); // expect: no-magic-status, no-body-with-bodiless-status
  return c.json({ reset: true });
});

app.get('/api/me', (c) => {
  const id = c.get('userId');
  if (!id) return c.text('login required', 401); // expect: no-magic-status, require-status-headers
  return c.json({ id });
});

app.get('/api/admin', (c) => {
  if (c.req.header('Authorization') !== `Bearer ${c.env.SECRET}`) {
    c.header('WWW-Authenticate', 'Bearer realm="admin"');
    return c.json({ error: 'forbidden' }, 401); // expect: no-magic-status
  }
  c.status(200); // expect: no-magic-status
  return c.json({ ok: true, cacheSeconds: 300 });
});

app.get('/api/partner', (c) => c.json({ error: 'partner key' }, 401, { 'WWW-Authenticate': 'Key' })); // expect: no-magic-status
app.all('/api/legacy', (c) => c.json({ error: 'read only' }, 405, { Allow: 'GET' })); // expect: no-magic-status
app.patch('/api/links', (c) => c.json({ error: 'method not allowed' }, 405)); // expect: no-magic-status, require-status-headers
app.get('/api/v0/*', (c) => c.redirect('/api/links', 301)); // expect: no-magic-status
app.get('/go', (c) => c.redirect('/api/links'));

app.get('/api/secure', () => {
  throw new HTTPException(401, { message: 'token expired' }); // expect: no-magic-status
});

app.get('/api/cache', (c) => c.newResponse(null, 304)); // expect: no-magic-status
app.get('/api/queue', (c) => c.body(null, StatusCodes.PROCESSING)); // expect: no-deprecated-status
app.get('/api/drop', (c) => c.body(null, 444)); // expect: no-unknown-status
app.get('/api/moved', (c) => c.body(null, StatusCodes.MOVED_PERMANENTLY)); // expect: require-status-headers

app.get('/api/stats', async (c) => {
  const upstream = await fetch('https://analytics.internal/v1/links', { signal: AbortSignal.timeout(250) });
  if (upstream.status === 404) return c.json({ hits: 0 }); // expect: no-magic-status
  return c.json(await upstream.json<{ hits: number }>());
});

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  return c.json({ message: 'internal' }, 500); // expect: no-magic-status
});

app.notFound((c) => c.json({ message: `no route ${c.req.path}` }, 404)); // expect: no-magic-status

export default app;
