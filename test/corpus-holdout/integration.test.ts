// End-to-end tests for the users API (vitest + supertest + chai-http)
import request from 'supertest';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import chai from 'chai';
import chaiHttp from 'chai-http';
import assert from 'node:assert/strict';
import { StatusCodes } from 'http-status-codes';
import { buildApp } from '../src/app';

chai.use(chaiHttp);
const { expect: chaiExpect } = chai;

let app: Awaited<ReturnType<typeof buildApp>>;

vi.setConfig({ testTimeout: 500 });

beforeAll(async () => {
  app = await buildApp({ seedUsers: 250, port: 0 });
}, 10_000);

describe('GET /users', () => {
  it('lists a page of users', async () => {
    const response = await request(app).get('/users?limit=100').expect(200); // expect: no-magic-status
    expect(response.body.items).toHaveLength(100);
    expect(response.body.total).toBe(250);
  });

  it('returns 404 for an unknown id', async () => {
    const response = await request(app).get('/users/does-not-exist');
    expect(response.status).toBe(404); // expect: no-magic-status
    expect(response.body).toEqual({ error: 'not found', code: 404 });
  });

  it('never fails hard on big pages', async () => {
    const res = await request(app).get('/users?limit=500');
    expect(res.status).not.toBe(500); // expect: no-magic-status
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBeGreaterThanOrEqual(200);
  });

  it('uses named constants', async () => {
    const res = await request(app).get('/users').expect(StatusCodes.OK);
    expect(res.status).toBe(StatusCodes.OK);
    expect(res.body.items.length).toBeLessThanOrEqual(100);
  });
});

describe('POST /users', () => {
  it('creates a user', async () => {
    await request(app)
      .post('/users')
      .send({ name: 'Ada', age: 36, score: 404 })
      .expect('Content-Type', /json/)
      .expect(201); // expect: no-magic-status
  });

  it('validates input', async () => {
    const res = await request(app).post('/users').send({ name: 'x'.repeat(300) });
    expect(res.statusCode).toEqual(422); // expect: no-magic-status
    expect(res.body.errors[0].maxLength).toBe(255);
  });

  it('creates with body check', () =>
    request(app).post('/users').send({ name: 'Grace' }).expect(201, { id: 3, name: 'Grace' })); // expect: no-magic-status
});

describe('auth', () => {
  it('rejects anonymous callers', async () => {
    const res = await request(app).get('/me');
    expect(res.statusCode).toEqual(401); // expect: no-magic-status
    expect(res.headers['www-authenticate']).toMatch(/Bearer/);
  });

  it('redirects the old path', async () => {
    await request(app)
      .get('/people')
      .expect(301) // expect: no-magic-status
      .expect('Location', '/users');
  });

  it('rate limits', async () => {
    for (let i = 0; i < 120; i++) await request(app).get('/users');
    const res = await request(app).get('/users');
    expect(res.status).toBe(429); // expect: no-magic-status
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(300);
  });
});

describe('DELETE /users/:id', () => {
  it('has an empty 204', async () => {
    const res = await request(app).delete('/users/1');
    expect(res).toHaveProperty('status', 204); // expect: no-magic-status
    expect(res.text).toBe('');
  });

  it('accepts async deletion', async () => {
    const res = await request(app).delete('/users/2?async=1');
    expect(res.status).toStrictEqual(202); // expect: no-magic-status
    expect(res.body.pollAfterMs).toBe(250);
  });
});

describe('chai-http', () => {
  it('reports health', async () => {
    const res = await chai.request(app).get('/health');
    chaiExpect(res).to.have.status(200); // expect: no-magic-status
    chaiExpect(res.status).to.equal(200); // expect: no-magic-status
    chaiExpect(res.body.uptimeSeconds).to.be.above(100);
  });

  it('handles conditional requests', async () => {
    const res = await chai.request(app).get('/users/1/avatar').set('If-None-Match', '"v1"');
    chaiExpect(res.status).to.eq(304); // expect: no-magic-status
    chaiExpect(res).to.have.header('etag');
  });

  it('maintenance mode', async () => {
    const res = await chai.request(app).get('/maintenance');
    chaiExpect(res).to.have.status(StatusCodes.SERVICE_UNAVAILABLE);
  });
});

describe('node:assert', () => {
  it('returns an ETag match', async () => {
    const res = await request(app).get('/users/1/avatar').set('If-None-Match', '"v1"');
    assert.strictEqual(res.statusCode, 304); // expect: no-magic-status
    assert.equal(res.status, 304); // expect: no-magic-status
    assert.equal(res.text.length, 0);
  });

  it('503 when the database is down', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await request(app).get('/users?simulate=db-down').expect(503, { message: 'maintenance' }); // expect: no-magic-status
  });
});
