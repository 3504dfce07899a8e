// Jest + supertest suite for the orders HTTP API.
import request from 'supertest';
import { StatusCodes } from 'http-status-codes';
import { createApp } from '../src/app';
import { seedOrders } from './helpers/seed';

const app = createApp();

jest.setTimeout(20_000);

beforeAll(async () => {
  await seedOrders({ count: 150, startId: 100 });
});

describe('GET /orders', () => {
  it('returns the first page', async () => {
    const res = await request(app).get('/orders').query({ limit: 100 });
    expect(res.status).toBe(200); // expect: no-magic-status
    expect(res.body.items).toHaveLength(100);
    expect(res.body.total).toBe(150);
    expect(res.headers['x-ratelimit-limit']).toBe('100');
  });

  it('exposes the status as a property', async () => {
    const res = await request(app).get('/orders/does-not-exist');
    expect(res).toHaveProperty('status', 404); // expect: no-magic-status
    expect(res.body).toEqual({ error: 'order not found', orderId: 'does-not-exist' });
  });

  it('matches a partial response shape', async () => {
    const res = await request(app).get('/orders/101');
    expect(res).toMatchObject({ status: 200 }); // expect: no-magic-status
    expect(res.body).toMatchObject({ id: 101, status: 'shipped', total: 499 });
  });

  it('never returns a server error for odd queries', async () => {
    const res = await request(app).get('/orders').query({ sort: ';DROP TABLE' });
    expect(res.status).not.toBe(500); // expect: no-magic-status
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('POST /orders', () => {
  it('creates an order', async () => {
    const response = await request(app).post('/orders').send({ sku: 'A-1', qty: 2 });
    expect(response.statusCode).toEqual(201); // expect: no-magic-status
    expect(response.headers.location).toMatch(/^\/orders\/\d+$/);
  });

  it('rejects duplicates', async () => {
    const response = await request(app).post('/orders').send({ sku: 'A-1', qty: 2, idempotencyKey: 'k1' });
    expect(response.status).toStrictEqual(409); // expect: no-magic-status
  });

  it('validates quantity', async () => {
    await request(app)
      .post('/orders')
      .send({ sku: 'A-1', qty: 500 })
      .expect(422) // expect: no-magic-status
      .expect('Content-Type', /json/);
  });

  it('uses named constants', async () => {
    const response = await request(app).post('/orders').send({});
    expect(response.status).toBe(StatusCodes.BAD_REQUEST);
  });
});

describe('DELETE /orders/:id', () => {
  it('deletes', async () => {
    await request(app).delete('/orders/101').expect(204); // expect: no-magic-status
  });

  it('redirects the old path', async () => {
    await request(app)
      .get('/order/102')
      .expect(301) // expect: no-magic-status
      .expect('Location', '/orders/102');
  });
});

describe('auth', () => {
  it('challenges anonymous users', async () => {
    const res = await request(app).get('/admin/orders');
    expect(res.status).toEqual(401); // expect: no-magic-status
    expect(res.headers['www-authenticate']).toContain('Bearer');
  });

  it('times out slow exports', async () => {
    const started = Date.now();
    const res = await request(app).get('/orders/export').timeout({ response: 500 });
    expect(Date.now() - started).toBeLessThan(600);
    expect(res.body.rows.slice(0, 200)).toHaveLength(200);
  });
});
