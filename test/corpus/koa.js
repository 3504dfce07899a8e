const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { StatusCodes } = require('http-status-codes');
const db = require('./db');

const app = new Koa({ proxy: true, maxIpsCount: 100 });
const router = new Router({ prefix: '/api' });

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500; // expect: no-magic-status
    ctx.body = { message: err.expose ? err.message : 'Internal error' };
    ctx.app.emit('error', err, ctx);
  }
});

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  if (ctx.status === 404 && !ctx.body) { // expect: no-magic-status
    ctx.body = { message: 'No route' };
  }
  ctx.set('X-Response-Time', `${Date.now() - started}ms`);
});

router.get('/ping', (ctx) => { ctx.status = StatusCodes.NO_CONTENT; });

router.get('/articles', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 20, 200);
  ctx.body = await db.articles.list({ limit });
  ctx.status = 200; // expect: no-magic-status
});

router.post('/articles', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Login required'); // expect: no-magic-status
  const { title } = ctx.request.body;
  const valid = typeof title === 'string' && title.length <= 140;
  ctx.assert(valid, 400, 'title must be 1-140 characters'); // expect: no-magic-status
  const article = await db.articles.create({ title, authorId: ctx.state.user.id });
  ctx.status = 201; // expect: no-magic-status
  ctx.set('Location', `/api/articles/${article.id}`);
  ctx.body = article;
});

router.get('/articles/:id', async (ctx) => {
  const article = await db.articles.find(ctx.params.id);
  if (!article) ctx.throw(404, 'Article not found'); // expect: no-magic-status
  if (ctx.fresh) {
    ctx.status = 304; // expect: no-magic-status
    return;
  }
  ctx.body = article;
});

router.get('/articles/:id/raw', async (ctx) => {
  const article = await db.articles.find(ctx.params.id);
  if (ctx.fresh) {
    ctx.status = 304; // expect: no-magic-status, no-body-with-bodiless-status
    ctx.body = article.raw;
    return;
  }
  ctx.body = article.raw;
});

router.delete('/articles/:id', async (ctx) => {
  await db.articles.remove(ctx.params.id);
  ctx.status = 204; // expect: no-magic-status, no-body-with-bodiless-status
  ctx.body = { removed: true };
});

router.delete('/comments/:id', async (ctx) => {
  await db.comments.remove(ctx.params.id);
  ctx.body = null;
  ctx.status = 204; // expect: no-magic-status
});

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401; // expect: no-magic-status, require-status-headers
    ctx.body = { message: 'Unauthorized' };
    return;
  }
  ctx.body = ctx.state.user;
});

router.get('/me/tokens', async (ctx) => {
  if (!ctx.state.user) {
    ctx.set('WWW-Authenticate', 'Bearer realm="api", error="invalid_token"');
    ctx.status = 401; // expect: no-magic-status
    return;
  }
  ctx.body = await db.tokens.list(ctx.state.user.id);
});

router.get('/feeds/atom', (ctx) => {
  ctx.status = 301; // expect: no-magic-status
  ctx.redirect('/api/feeds/rss');
});

router.get('/feeds/legacy', (ctx) => {
  ctx.response.status = 308; // expect: no-magic-status, require-status-headers
  ctx.body = 'Moved to /api/feeds/rss';
});

router.all('/uploads', (ctx) => {
  ctx.set({ Allow: 'POST', 'Cache-Control': 'no-store' });
  ctx.status = 405; // expect: no-magic-status
});

router.get('/jobs/:id', (ctx) => { ctx.status = 102; }); // expect: no-magic-status, no-deprecated-status
router.get('/edge', (ctx) => { ctx.status = 499; }); // expect: no-unknown-status

// Koa sends the body when the handler is done, with the status set last: 200, not 304.
router.get('/greeting', (ctx) => {
  ctx.status = 304; // expect: no-magic-status
  ctx.body = 'hello';
  ctx.status = 200; // expect: no-magic-status
});

router.post('/login', async (ctx) => {
  const user = await db.users.verify(ctx.request.body);
  if (!user) ctx.throw(401, 'Bad credentials', { headers: { 'WWW-Authenticate': 'Basic' } }); // expect: no-magic-status
  ctx.cookies.set('sid', user.sessionId, { maxAge: 3600 * 1000, httpOnly: true });
  ctx.redirect('/dashboard');
});

app.use(bodyParser({ jsonLimit: '256kb' }));
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
