// Mocks resolving responses, HTTP errors built with Object.assign, retry options; and numbers that only look like statuses.
import sinon from 'sinon';
import axios from 'axios';
import ky from 'ky';
import got from 'got';
import { spawnSync } from 'node:child_process';
import { WebSocket } from 'ws';
import { StatusCodes } from 'http-status-codes';
import { fetchProfile, paginate, retryAfter, Money, Cache, send } from './lib';

describe('profile client', () => {
  afterEach(() => sinon.restore());

  it('retries an unavailable upstream', async () => {
    sinon.stub(axios, 'get').resolves({ status: 503, data: {}, headers: { 'retry-after': '1' } }); // expect: no-magic-status
    sinon.stub(axios, 'post').rejects({ response: { status: 409, data: { error: 'exists' } } }); // expect: no-magic-status
    const fetchStub = sinon.stub(globalThis, 'fetch').returns(Promise.resolve(new Response(null)));
    fetchStub.onSecondCall().resolves({ ok: false, status: 429, json: async () => ({}) }); // expect: no-magic-status
    sinon.stub(console, 'warn').returns({ status: 200 });
    sinon.stub(jobs, 'next').resolves({ id: 7, status: 100 });
    await fetchProfile('ada');
  });

  it('maps axios errors', async () => {
    const get = vi.spyOn(axios, 'get');
    get.mockResolvedValueOnce({ data: { name: 'Ada' }, status: 200 }); // expect: no-magic-status
    get.mockRejectedValueOnce({ isAxiosError: true, response: { status: 401, data: {} } }); // expect: no-magic-status
    get.mockRejectedValue({ response: { status: 404 } }); // expect: no-magic-status
    get.mockResolvedValue({ data: { items: [], total: 500 } });
    await expect(fetchProfile('ada')).rejects.toThrow('not found');
  });

  it('counts things that are not statuses', async () => {
    const list = await fetchProfile('list');
    const body = list.body;
    expect(list.body.items.length).toBe(200);
    expect(body.total).toBe(404);
    expect(paginate(list.body.items, 200)).toHaveLength(2);
    expect(retryAfter(500, 3)).toBeLessThan(1000);
    expect(new Money(404, 'EUR').toString()).toBe('404.00 EUR');
    expect(new Cache(300).ttl).toBe(300);
  });
});

export function gone(message: string) {
  return Object.assign(new Error(message), { status: 410, expose: true }); // expect: no-magic-status
}

export function rethrow(err: Error) {
  throw Object.assign(err, { status: 502 }); // expect: no-magic-status
}

export function configure(config: Record<string, unknown>) {
  return Object.assign(config, { status: 418, retries: 3 });
}

export const client = ky.create({
  prefixUrl: 'https://api.example.test',
  timeout: 10000,
  retry: {
    limit: 3,
    methods: ['get', 'put'],
    statusCodes: [
      408, // expect: no-magic-status
      429, // expect: no-magic-status
      StatusCodes.SERVICE_UNAVAILABLE,
    ],
    afterStatusCodes: [
      413, // expect: no-magic-status
      503, // expect: no-magic-status
    ],
    maxRetryAfter: 300,
    backoffLimit: 500,
  },
});

export const download = (url: string) =>
  got(url, {
    retry: {
      limit: 2,
      statusCodes: [
        500, // expect: no-magic-status
        502, // expect: no-magic-status
      ],
      errorCodes: ['ETIMEDOUT', 'ECONNRESET'],
    },
  });

export function git(args: string[]) {
  const result = spawnSync('git', args);
  if (spawnSync('git', ['status']).status === 130) return 'interrupted';
  if (result.status === 128) return 'fatal';
  return result.stdout.toString();
}

export function onSmtpReply(reply: { code: number }, code: number) {
  if (reply.code === 250) return 'delivered';
  if (code === 226) return 'transferred';
  return 'retry';
}

export function closeSocket(ws: WebSocket, socket: WebSocket) {
  ws.close(1000);
  socket.close(4001, 'unauthorized');
  send(ws, 101);
}
