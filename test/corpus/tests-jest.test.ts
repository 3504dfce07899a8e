import request from 'supertest';
import { describe, expect, it, jest } from '@jest/globals';
import { StatusCodes } from 'http-status-codes';
import { app } from '../src/app';

jest.setTimeout(30000);

describe('users API', () => {
  it('lists users', async () => {
    await request(app).get('/users').expect(200).expect('Content-Type', /json/); // expect: no-magic-status
  });

  it('paginates', async () => {
    const res = await request(app).get('/users?limit=100');
    expect(res.status).toBe(200); // expect: no-magic-status
    expect(res.body).toHaveLength(100);
    expect(res.body[0].id).toBe(201);
    expect(res.body.count).toBe(200);
  });

  it('returns 404 for a missing user', async () => {
    const res = await request(app).get('/users/404');
    expect(res.status).toEqual(404); // expect: no-magic-status
    expect(res.body.message).toBe('User not found');
  });

  it('creates a user', async () => {
    const res = await request(app).post('/users').send({ email: 'a@b.c' });
    expect(res.statusCode).toStrictEqual(201); // expect: no-magic-status
    expect(res.headers.location).toMatch(/^\/users\//);
  });

  it('never crashes on bad input', async () => {
    const res = await request(app).post('/users').send({ email: 'x'.repeat(300) });
    expect(res.status).not.toBe(500); // expect: no-magic-status
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('deletes a user', async () => {
    await request(app).delete('/users/1').expect(204); // expect: no-magic-status
  });

  it('redirects old docs', async () => {
    await request(app).get('/old-docs').expect(301).expect('Location', '/docs'); // expect: no-magic-status
  });

  it('creates with a body check', async () => {
    await request(app).post('/users').send({ email: 'b@c.d' }).expect(201, { id: 'u1', email: 'b@c.d' }); // expect: no-magic-status
  });

  it('requires auth', async () => {
    const res = await request(app).get('/admin');
    expect(res.status).toBe(StatusCodes.UNAUTHORIZED);
    expect(res.headers['www-authenticate']).toBeUndefined();
  });

  it('answers 405 with a reason', async () => {
    await request(app).put('/export').expect(405, 'Method Not Allowed'); // expect: no-magic-status
  });

  it('rate limits', async () => {
    const res = await request(app).get('/limits').set('X-Forwarded-For', '10.0.0.1');
    expect(res.status).toBe(429); // expect: no-magic-status
    expect(res.headers['retry-after']).toBe('120');
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(600);
  });

  it('is fast enough', async () => {
    const started = performance.now();
    await request(app).get('/health').expect(StatusCodes.OK);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('fetch client', () => {
  it('maps server errors', async () => {
    const response = await fetch('http://localhost:3000/boom');
    expect(response.status).toBe(500); // expect: no-magic-status
    expect(response.ok).toBe(false);
    expect(response.statusText).toBe('Internal Server Error');
    expect(Math.floor(response.status / 100)).toBe(5);
  });

  it('is not a redirect', async () => {
    const response = await fetch('http://localhost:3000/health', { redirect: 'manual' });
    expect(response.status).not.toEqual(302); // expect: no-magic-status
  });
});
