import assert from 'node:assert/strict';
import request from 'supertest';
import nock from 'nock';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../src/app';

const BILLING = 'https://billing.example.com';

const server = setupServer(
  http.get('https://api.example.com/users/:id', () =>
    HttpResponse.json(
      { id: 404, name: 'Ada', followers: 200 },
      { status: 200 }, // expect: no-magic-status
    ),
  ),
  http.delete('https://api.example.com/users/:id', () => new HttpResponse(null, { status: 204 })), // expect: no-magic-status
  http.put('https://api.example.com/users/:id', () =>
    HttpResponse.json({ updated: true }, { status: 204 }), // expect: no-magic-status, no-body-with-bodiless-status
  ),
  http.get('https://api.example.com/slow', () =>
    HttpResponse.json(
      { error: 'try later', retryAfter: 120 },
      { status: 503 }, // expect: no-magic-status
    ),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('billing client', () => {
  it('reads invoices', async () => {
    nock(BILLING)
      .get('/invoices')
      .query({ limit: 100 })
      .reply(200, { // expect: no-magic-status
        items: [],
        total: 404,
      })
      .post('/invoices/void')
      .reply(204, { voided: true }); // expect: no-magic-status, no-body-with-bodiless-status
    nock(BILLING).get('/ping').reply(204); // expect: no-magic-status
    nock(BILLING).get('/secure').reply(401, { error: 'nope' }); // expect: no-magic-status
  });
});

describe('GET /items', () => {
  it('lists items', async () => {
    const res = await request(app)
      .get('/items')
      .expect(200) // expect: no-magic-status
      .expect('Content-Type', /json/);
    expect(res.body.items).toHaveLength(200);
    expect(res.body.total).toBe(404);
    expect(res.body.code).toBe(404);
    expect(res.status).toBeLessThan(400);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(Math.floor(res.status / 100)).toBe(2);
    expect(res.statusCode).toEqual(200); // expect: no-magic-status
  });

  it('redirects legacy links', () =>
    request(app)
      .get('/legacy/items/1')
      .expect(301) // expect: no-magic-status
      .expect('Location', '/items/1'));

  it('requires auth', async () => {
    const response = await request(app).get('/me');
    expect(response.statusCode).toEqual(401); // expect: no-magic-status
    expect(response.headers['www-authenticate']).toBeUndefined();
  });

  it('validates and creates', async () => {
    const longName = 'x'.repeat(256);
    await request(app).post('/items').send({ name: longName }).expect(422); // expect: no-magic-status
    await request(app)
      .post('/items')
      .send({ name: 'ok', price: 199, stock: 500 })
      .expect(201, { id: 1, name: 'ok' }); // expect: no-magic-status
  });

  it('deletes', async () => {
    const res = await request(app).delete('/items/201');
    assert.strictEqual(res.status, 204); // expect: no-magic-status
    assert.equal(res.body.length ?? 0, 0);
  });

  it('never crashes on huge pages', async () => {
    vi.useFakeTimers();
    const res = await request(app).get('/items?page=600&limit=500');
    expect(res.status).not.toBe(500); // expect: no-magic-status
    expect(res.body.items.length).toBeLessThanOrEqual(100);
    vi.advanceTimersByTime(300);
  });

  it('rate limits', async () => {
    const responses = await Promise.all(Array.from({ length: 101 }, () => request(app).get('/items')));
    const limited = responses.filter((response) => response.status === 429); // expect: no-magic-status
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].headers['retry-after']).toBe('300');
  });
});
