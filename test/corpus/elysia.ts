// Elysia (Bun): the context's status/set/redirect/error, hooks, guards, and look-alikes that are not Elysia.
import { Elysia, t } from 'elysia';
import { status } from 'elysia';
import { StatusCodes } from 'http-status-codes';
import { articles, sessions, uploads } from './store';
import { status as jobStatus } from './jobs';

const Article = t.Object({
  title: t.String({ minLength: 3, maxLength: 200 }),
  rating: t.Number({ minimum: 100, maximum: 599 }),
});

export const notFound = () => status(404, 'no such route'); // expect: no-magic-status

export const api = new Elysia({ prefix: '/api' })
  .get('/articles/:id', async ({ params, status }) => {
    const article = await articles.find(params.id);
    if (!article) return status(404, { message: 'article not found' }); // expect: no-magic-status
    return article;
  })
  .post(
    '/articles',
    async ({ body, status }) => status(201, await articles.create(body)), // expect: no-magic-status
    { body: Article },
  )
  .put('/articles/:id', ({ status }) => status(418)) // expect: no-magic-status
  .delete('/articles/:id', async ({ params, status }) => {
    await articles.remove(params.id);
    return status(204); // expect: no-magic-status
  })
  .delete('/articles/:id/draft', ({ status }) => status(204, { removed: true })) // expect: no-magic-status, no-body-with-bodiless-status
  .get('/admin', ({ headers, status }) => {
    if (!headers.authorization) return status(401, 'login first'); // expect: no-magic-status, require-status-headers
    return 'welcome';
  })
  .get('/admin/basic', ({ headers, set, status }) => {
    if (!headers.authorization) {
      set.headers['www-authenticate'] = 'Basic realm="admin"';
      return status(401); // expect: no-magic-status
    }
    return 'welcome';
  })
  .patch('/uploads/:id', ({ set, status }) => {
    set.headers.allow = 'PUT, DELETE';
    return status(405, 'uploads are replaced, not patched'); // expect: no-magic-status
  })
  .post('/uploads', ({ status }) => status(405)) // expect: no-magic-status, require-status-headers
  .get('/sessions/:id', ({ params, set }) => {
    const session = sessions.get(params.id);
    if (!session) {
      set.status = 401; // expect: no-magic-status, require-status-headers
      return { message: 'session expired' };
    }
    set.status = StatusCodes.OK;
    return session;
  })
  .get('/uploads/:id/etag', ({ params, set, headers }) => {
    if (headers['if-none-match'] === uploads.etag(params.id)) {
      set.status = 304; // expect: no-magic-status, no-body-with-bodiless-status
      return uploads.meta(params.id);
    }
    return uploads.get(params.id);
  })
  .get('/uploads/:id/fresh', ({ params, set, headers }) => {
    if (headers['if-none-match'] === uploads.etag(params.id)) {
      set.status = 304; // expect: no-magic-status
      return;
    }
    return uploads.get(params.id);
  })
  .get('/moved', ({ set }) => {
    set.status = 301; // expect: no-magic-status
    set.redirect = '/api/articles';
  })
  .get('/legacy', ({ redirect }) => redirect('/api/articles', 308)) // expect: no-magic-status
  .get('/legacy/:id', ({ params, error }) => {
    if (!params.id) return error(400, 'id required'); // expect: no-magic-status
    return error(410, { message: 'gone for good' }); // expect: no-magic-status
  })
  .guard(
    {
      beforeHandle({ headers, status }) {
        if (!headers['x-api-key']) return status(403, 'api key required'); // expect: no-magic-status
      },
    },
    (app) => app.get('/keys', () => ['k1', 'k2']),
  )
  .onError(({ code, set }) => {
    if (code === 'NOT_FOUND') {
      set.status = 404; // expect: no-magic-status
      return 'nothing here';
    }
    set.status = 500; // expect: no-magic-status
    return 'unexpected error';
  })
  .listen({ port: 3000, idleTimeout: 255 });

// Not Elysia's status: a local helper, a plain parameter, a renamed import from elsewhere, a rebinding.
function statusOf(code: number) {
  return code >= 500 ? 'down' : 'up';
}
function localStatus() {
  function status(code: number) {
    return statusOf(code);
  }
  return status(503);
}
export const probes = [localStatus(), jobStatus(200), ((status: (n: number) => string) => status(404))(statusOf)];
export const derived = (job: { status: (n: number) => string }) => {
  const { status } = job;
  return status(202);
};
export const pageSize = t.Number({ minimum: 100, maximum: 500, default: 200 });

// Elysia's error hook: `code` is the status of a thrown `status(…)`.
export const errors = new Elysia().onError(({ code, error, set }) => {
  if (code === 404) return "gone"; // expect: no-magic-status
  if (code === "VALIDATION") set.headers["x-retry"] = "300";
  return error;
});
