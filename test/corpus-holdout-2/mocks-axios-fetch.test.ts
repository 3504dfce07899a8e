// Client-side unit tests: axios-mock-adapter, jest-mocked fetch/axios, nock and msw.
import axios from 'axios';
import MockAdapter from 'axios-mock-adapter';
import nock from 'nock';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StatusCodes } from 'http-status-codes';
import { UsersClient } from '../src/users-client';

describe('UsersClient with axios-mock-adapter', () => {
  const mock = new MockAdapter(axios, { delayResponse: 200 });
  const client = new UsersClient(axios);

  afterEach(() => mock.reset());

  it('loads a user', async () => {
    mock.onGet('/users/1').reply(200, { id: 1, name: 'Ada' }); // expect: no-magic-status
    await expect(client.get(1)).resolves.toEqual({ id: 1, name: 'Ada' });
  });

  it('returns null for missing users', async () => {
    mock.onGet('/users/999').reply(404); // expect: no-magic-status
    await expect(client.get(999)).resolves.toBeNull();
  });

  it('creates users', async () => {
    mock.onPost('/users').reply(201, { id: 2 }, { location: '/users/2' }); // expect: no-magic-status
    await expect(client.create({ name: 'Grace' })).resolves.toBe(2);
  });

  it('deletes users', async () => {
    mock.onDelete('/users/2').reply(204, { deleted: true }); // expect: no-magic-status, no-body-with-bodiless-status
    mock.onDelete('/users/3').reply(204); // expect: no-magic-status
    await client.remove(2);
  });

  it('surfaces server errors', async () => {
    mock.onAny().reply(500); // expect: no-magic-status
    await expect(client.list({ limit: 100 })).rejects.toThrow('server error');
  });
});

describe('UsersClient with jest-mocked globals', () => {
  const mockFetch = jest.fn();
  const mockedAxios = axios as jest.Mocked<typeof axios>;

  beforeEach(() => {
    global.fetch = mockFetch as unknown as typeof fetch;
    jest.spyOn(axios, 'get');
  });

  it('maps a 500 from fetch to an error', async () => {
    (global.fetch as jest.Mock).mockResolvedValue({ status: 500, json: async () => ({ error: 'boom' }) }); // expect: no-magic-status
    await expect(client2().health()).rejects.toThrow();
  });

  it('parses a fetch success', async () => {
    mockFetch.mockResolvedValueOnce({
      ok: true,
      status: 200, // expect: no-magic-status
      json: async () => ({ code: 200, items: [] }),
    });
    await expect(client2().list({ limit: 100 })).resolves.toEqual([]);
  });

  it('uses real Response objects', async () => {
    mockFetch.mockResolvedValueOnce(new Response(null, { status: 404 })); // expect: no-magic-status
    mockFetch.mockResolvedValueOnce(new Response('{}', { status: 204 })); // expect: no-magic-status, no-body-with-bodiless-status
    mockFetch.mockResolvedValueOnce(new Response(null, { status: StatusCodes.NO_CONTENT }));
    await client2().get(7);
  });

  it('reads axios data', async () => {
    const users = [{ id: 201, name: 'Ada' }];
    mockedAxios.get.mockResolvedValue({ status: 200, data: users }); // expect: no-magic-status
    await expect(client2().list({ limit: 100 })).resolves.toEqual(users);
    expect(mockedAxios.get).toHaveBeenCalledWith('/users', { params: { limit: 100 }, timeout: 500 });
  });
});

describe('nock', () => {
  afterEach(() => nock.cleanAll());

  it('handles conditional requests', async () => {
    nock('https://api.example.com').get('/items').reply(200, [{ id: 1, price: 199 }]); // expect: no-magic-status
    nock('https://api.example.com').get('/items/1').reply(304, { id: 1 }); // expect: no-magic-status, no-body-with-bodiless-status
    nock('https://api.example.com').post('/login').reply(401, { error: 'bad credentials' }); // expect: no-magic-status
    nock('https://api.example.com').get('/slow').delay(300).reply(StatusCodes.OK, { ok: true });
    await new UsersClient(axios).list({ limit: 100 });
  });
});

describe('msw', () => {
  const server = setupServer(
    http.get('/api/me', () => HttpResponse.json({ id: 1 }, { status: 200 })), // expect: no-magic-status
    http.delete('/api/me/avatar', () => HttpResponse.json({ ok: true }, { status: 204 })), // expect: no-magic-status, no-body-with-bodiless-status
    http.delete('/api/me/session', () => new HttpResponse(null, { status: 204 })), // expect: no-magic-status
    http.get('/api/missing', () => new HttpResponse('Not found', { status: 404 })), // expect: no-magic-status
    http.get('/api/etag', () => HttpResponse.text('stale', { status: StatusCodes.NOT_MODIFIED })), // expect: no-body-with-bodiless-status
  );

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('fetches the profile', async () => {
    const res = await fetch('/api/me');
    expect(res.status).toBe(200); // expect: no-magic-status
  });
});

function client2() {
  return new UsersClient(axios);
}
