// nock beyond .reply(status): files, reply callbacks, recorded definitions; axios-mock-adapter tuples.
import nock from 'nock';
import MockAdapter from 'axios-mock-adapter';
import axios from 'axios';
import { StatusCodes } from 'http-status-codes';
import { join } from 'node:path';

const base = 'https://cdn.example.test';
const fixtures = join(__dirname, 'fixtures');

describe('asset client', () => {
  beforeEach(() => {
    nock.cleanAll();
  });

  it('downloads the logo', async () => {
    nock(base).get('/logo.png').replyWithFile(200, join(fixtures, 'logo.png'), { 'Content-Type': 'image/png' }); // expect: no-magic-status
    nock(base).get('/logo.svg').replyWithFile(StatusCodes.OK, join(fixtures, 'logo.svg'));
    nock(base).get('/cached.png').replyWithFile(304, join(fixtures, 'logo.png')); // expect: no-magic-status, no-body-with-bodiless-status
  });

  it('echoes uploads', async () => {
    nock(base)
      .post('/uploads')
      .reply((uri, body) => [201, body]); // expect: no-magic-status
    nock(base)
      .post('/uploads/large')
      .reply(async (uri, body) => {
        if (JSON.stringify(body).length > 1024) {
          return [413, { error: 'too large' }]; // expect: no-magic-status
        }
        return [StatusCodes.CREATED, body];
      });
    nock(base)
      .delete('/uploads/1')
      .reply(function () {
        return [204, { deleted: true }]; // expect: no-magic-status, no-body-with-bodiless-status
      });
    nock(base)
      .delete('/uploads/2')
      .reply(() => [204]); // expect: no-magic-status
    nock(base)
      .get('/uploads/3')
      .reply(StatusCodes.OK, () => [404, 'a body that mentions 404']);
    nock(base)
      .get('/uploads/4')
      .reply(() => {
        const pairs = [1, 2].map((n) => [n * 100, 'part']);
        return pairs[0];
      });
  });

  it('replays recorded definitions', () => {
    nock.define([
      { scope: base, method: 'GET', path: '/status', status: 200, response: { ok: true } }, // expect: no-magic-status
      { scope: base, method: 'GET', path: '/missing', status: 404 }, // expect: no-magic-status
      {
        scope: base,
        method: 'POST',
        path: '/jobs',
        body: { size: 300 },
        status: 202, // expect: no-magic-status
      },
      { scope: base, method: 'DELETE', path: '/jobs/1', status: 204, response: { removed: true } }, // expect: no-magic-status, no-body-with-bodiless-status
    ]);
  });

  it('mocks axios', async () => {
    const mock = new MockAdapter(axios, { delayResponse: 150 });
    mock.onGet('/users').reply(() => [200, [{ id: 1 }]]); // expect: no-magic-status
    mock.onPost('/users').reply((config) => [422, { errors: ['name'] }, { 'x-request-id': config.headers?.['x-request-id'] }]); // expect: no-magic-status
  });
});
