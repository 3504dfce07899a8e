// Bun + Elysia service: users, sessions and a few legacy endpoints.
import { Elysia, t } from 'elysia';
import { cors } from '@elysiajs/cors';
import { swagger } from '@elysiajs/swagger';
import { StatusCodes as SC } from 'http-status-codes';
import { users, sessions } from './store';

const UserBody = t.Object({
  name: t.String({ minLength: 2, maxLength: 255 }),
  age: t.Number({ minimum: 13, maximum: 130 }),
});

export const app = new Elysia({ serve: { maxRequestBodySize: 1024 * 1024 } })
  .use(cors({ maxAge: 600, origin: ['https://app.example.com'] }))
  .use(swagger({ path: '/docs' }))
  .get('/health', ({ set }) => {
    set.status = 200; // expect: no-magic-status
    set.headers['cache-control'] = 'no-store';
    return 'ok';
  })
  .post(
    '/users',
    async ({ body, set }) => {
      const user = await users.create(body);
      set.status = 201; // expect: no-magic-status
      set.headers['location'] = `/users/${user.id}`;
      return user;
    },
    {
      body: UserBody,
      response: {
        201: t.Object({ id: t.Number(), name: t.String() }),
        422: t.Object({ message: t.String() }),
      },
    },
  )
  .get('/users/:id', async ({ params, error }) => {
    const user = await users.find(Number(params.id));
    if (!user) return error(404, 'User not found'); // expect: no-magic-status
    return user;
  })
  .get('/me', ({ headers, set }) => {
    const token = headers['authorization'];
    if (!token) {
      set.status = 401; // expect: no-magic-status, require-status-headers
      return { message: 'Missing bearer token' };
    }
    return sessions.lookup(token);
  })
  .get('/me/basic', ({ headers, set }) => {
    if (!headers['authorization']) {
      set.headers['www-authenticate'] = 'Basic realm="users"';
      set.status = 401; // expect: no-magic-status
      return 'Authentication required';
    }
    return 'welcome';
  })
  .put('/users/:id/avatar', ({ set }) => {
    set.headers['allow'] = 'POST';
    set.status = 405; // expect: no-magic-status
    return { message: 'Use POST for avatar uploads' };
  })
  .post('/tweets', ({ set, body }) => {
    if ((body as { text: string }).text.length > 280) {
      set.status = 420; // expect: no-unknown-status
      return { message: 'Enhance your calm' };
    }
    set.status = SC.CREATED;
    return { ok: true };
  })
  .get('/exports/:id', ({ set }) => {
    set.status = SC.PROCESSING; // expect: no-deprecated-status
  })
  .delete('/sessions/:id', async ({ params, set }) => {
    await sessions.revoke(params.id);
    set.status = 204; // expect: no-magic-status
  })
  .get('/old-docs', ({ redirect }) => {
    return redirect('/docs', 301); // expect: no-magic-status
  })
  .get('/blog', ({ set }) => {
    set.headers['location'] = 'https://blog.example.com';
    set.status = 302; // expect: no-magic-status
  })
  .onError(({ code, set, error }) => {
    if (code === 'NOT_FOUND') {
      set.status = 404; // expect: no-magic-status
      return { message: 'Route not found' };
    }
    if (code === 'VALIDATION') {
      set.status = 422; // expect: no-magic-status
      return { message: error.message.slice(0, 500) };
    }
    set.status = SC.INTERNAL_SERVER_ERROR;
    return { message: 'Internal error' };
  })
  .listen({ port: 3000, idleTimeout: 120 });

export type App = typeof app;
