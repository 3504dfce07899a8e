import { strict as assert } from 'node:assert';
import { HttpStatus, INestApplication, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import nock from 'nock';
import request from 'supertest';
import { StatusCodes } from 'http-status-codes';
import { AppModule } from '../src/app.module';

const BILLING = 'https://billing.internal';

describe('Users (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  afterEach(() => nock.cleanAll());

  it('lists users', async () => {
    const res = await request(app.getHttpServer())
      .get('/users?take=150')
      .expect(200); // expect: no-magic-status
    expect(res.body.length).toBeLessThanOrEqual(150);
  });

  it('creates a user', () => {
    return request(app.getHttpServer())
      .post('/users')
      .send({ name: 'Ada', email: 'ada@example.com', age: 36, bio: 'x'.repeat(120) })
      .expect(HttpStatus.CREATED)
      .expect('Location', /\/users\/\d+/);
  });

  it('rejects duplicate emails', async () => {
    const res = await request(app.getHttpServer())
      .post('/users')
      .send({ name: 'Ada', email: 'taken@example.com', age: 36 });
    expect(res.status).toBe(409); // expect: no-magic-status
  });

  it('returns 404 for an unknown id', async () => {
    const res = await request(app.getHttpServer()).get('/users/424242');
    expect(res.status).toBe(404); // expect: no-magic-status
  });

  it('redirects the legacy profile', () => {
    return request(app.getHttpServer())
      .get('/users/profile/legacy')
      .expect(301) // expect: no-magic-status
      .expect('Location', '/users/me');
  });

  it('requires a session for /me', async () => {
    const res = await request(app.getHttpServer()).get('/users/me');
    expect(res.statusCode).toEqual(401); // expect: no-magic-status
    expect(res.headers['www-authenticate']).toBeUndefined();
  });

  it('deletes a user', () => {
    return request(app.getHttpServer())
      .delete('/users/7')
      .expect(204); // expect: no-magic-status
  });

  it('rejects overly long bios', () => {
    return request(app.getHttpServer())
      .put('/users/7')
      .send({ bio: 'x'.repeat(501), version: 3 })
      .expect(HttpStatus.PAYLOAD_TOO_LARGE);
  });

  it('rejects GET on the password endpoint', async () => {
    const res = await request(app.getHttpServer()).get('/accounts/7/password');
    expect(res.status).not.toBe(200); // expect: no-magic-status
    expect(res.status).toStrictEqual(405); // expect: no-magic-status
  });

  it('charges through the billing upstream', async () => {
    nock(BILLING)
      .post('/v1/charges')
      .reply(201, { // expect: no-magic-status
        id: 'ch_1',
        amount: 199,
      });
    nock(BILLING)
      .delete('/v1/charges/ch_0')
      .reply(204, { ok: true }); // expect: no-magic-status, no-body-with-bodiless-status
    nock(BILLING)
      .get('/v1/limits')
      .reply(204); // expect: no-magic-status
    nock(BILLING)
      .get('/v1/accounts/9')
      .reply(StatusCodes.NOT_FOUND, { error: 'no account' });
    nock(BILLING)
      .get('/v1/status')
      .reply(StatusCodes.NO_CONTENT, 'ok'); // expect: no-body-with-bodiless-status
    nock(BILLING)
      .get('/v1/ping')
      .reply(HttpStatus.NO_CONTENT, '');

    await request(app.getHttpServer())
      .post('/billing/charge')
      .send({ amountCents: 250 })
      .expect(HttpStatus.CREATED);
  });

  it('rate limits bursts on the legacy router', async () => {
    const server = app.getHttpServer();
    const attempts = Array.from({ length: 130 }, () => request(server).get('/v1/users'));
    const results = await Promise.all(attempts);
    const limited = results.filter((r) => r.status === 429); // expect: no-magic-status
    expect(limited.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect(limited[0].headers['retry-after']).toBeDefined();
  });

  it('serves the legacy router', async () => {
    const server = app.getHttpServer();
    await request(server)
      .get('/v1/profile')
      .expect(301) // expect: no-magic-status
      .expect('Location', '/v2/profile');
    await request(server)
      .post('/v1/reports')
      .expect(405); // expect: no-magic-status
    const socket = await request(server).get('/v1/socket');
    expect(socket.status).toEqual(426); // expect: no-magic-status
    const card = await request(server).get('/v1/users/7/card').set('If-None-Match', '"abc"');
    expect(card.statusCode).toBe(304); // expect: no-magic-status
    const order = await request(server).get('/orders/12');
    assert.strictEqual(order.status, 410); // expect: no-magic-status
    await request(server).delete('/v1/users/7').expect(StatusCodes.NO_CONTENT);
  });

  it('pages the legacy user list', async () => {
    const res = await request(app.getHttpServer()).get('/v1/users?page=2');
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expect(res.body).toHaveLength(100);
  });
});
