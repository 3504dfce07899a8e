import { delay, http, HttpResponse } from 'msw';
import { StatusCodes } from 'http-status-codes';
import { makeUser, teams, users } from './fixtures';
import type { User } from '@/lib/types';

const NETWORK_DELAY_MS = 150;
const SLOW_DELAY_MS = 500;
const message = 'Internal error (mocked)';

export const handlers = [
  http.get('/api/users', () => HttpResponse.json(users, { status: 200 })), // expect: no-magic-status

  http.get('/api/users/:id', ({ params }) => {
    const user = users.find((u) => u.id === params.id);
    if (!user) {
      return HttpResponse.json({ message: 'User not found' }, { status: 404 }); // expect: no-magic-status
    }
    return HttpResponse.json(user);
  }),

  http.post('/api/users', async ({ request }) => {
    await delay(NETWORK_DELAY_MS);
    const body = (await request.json()) as Partial<User>;
    if (!body.email) {
      return HttpResponse.json({ message: 'email is required' }, { status: 422 }); // expect: no-magic-status
    }
    const created = makeUser({ ...body, followers: 0, score: 100 });
    return HttpResponse.json(created, { status: 201 }); // expect: no-magic-status
  }),

  http.delete('/api/users/:id', () => new HttpResponse(null, { status: 204 })), // expect: no-magic-status
  http.delete('/api/teams/:id', () => new HttpResponse('gone', { status: 204 })), // expect: no-magic-status, no-body-with-bodiless-status
  http.delete('/api/sessions/:id', () => new HttpResponse(undefined, { status: 204 })), // expect: no-magic-status

  http.get('/api/reports', () => HttpResponse.json({ message }, { status: 500 })), // expect: no-magic-status
  http.get('/api/session', () => new HttpResponse(null, { status: 401 })), // expect: no-magic-status
  http.post('/api/login', () => HttpResponse.json({ error: 'Bad credentials' }, { status: 401 })), // expect: no-magic-status
  http.get('/api/old-reports', () => new HttpResponse(null, { status: 302 })), // expect: no-magic-status
  http.get('/api/ping', () => HttpResponse.text('pong', { status: 200 })), // expect: no-magic-status

  http.get('/api/teams', () => {
    const etag = '"teams-v3"';
    return new HttpResponse(JSON.stringify(teams), { status: 304, headers: { ETag: etag } }); // expect: no-magic-status, no-body-with-bodiless-status
  }),
  http.post('/api/forms/reset', () => new HttpResponse('reset', { status: 205 })), // expect: no-magic-status, no-body-with-bodiless-status
  http.get('/api/jobs/:id', () => new HttpResponse(null, { status: StatusCodes.PROCESSING })), // expect: no-deprecated-status
  http.post('/api/jobs', () => HttpResponse.json({ queued: true }, { status: 100 })), // expect: no-magic-status, no-body-with-bodiless-status

  http.get('/api/slow', async () => {
    await delay(SLOW_DELAY_MS);
    return HttpResponse.json(users.slice(0, 250), { status: StatusCodes.OK });
  }),

  http.get('/api/throttled', () =>
    HttpResponse.json(
      { message: 'Slow down' },
      {
        status: 429, // expect: no-magic-status
        headers: { 'Retry-After': '30', 'X-RateLimit-Limit': '120' },
      },
    ),
  ),

  http.get('/api/stats', () =>
    HttpResponse.json({
      statusCode: 200,
      code: 404,
      totals: { users: 120, teams: 404, storage: 512 },
    }),
  ),
];

export const errorHandlers = [
  http.get('/api/users', () => HttpResponse.json({ message: 'Down for maintenance' }, { status: 503 })), // expect: no-magic-status
  http.get('/api/users/:id', () => HttpResponse.error()),
];
