// Outbound HTTP: got, ky, superagent, undici, axios and fetch wrappers used by the billing worker.
import got, { HTTPError } from 'got';
import ky, { HTTPError as KyHTTPError } from 'ky';
import superagent from 'superagent';
import { request as undiciRequest } from 'undici';
import axios, { isAxiosError } from 'axios';
import { StatusCodes } from 'http-status-codes';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const billing = got.extend({
  prefixUrl: 'https://billing.example.com/api',
  timeout: { request: 500 },
  retry: {
    limit: 2,
    methods: ['GET', 'PUT'],
    statusCodes: [408, 429, 503], // expect: no-magic-status
  },
});

export async function fetchInvoice(id: string) {
  try {
    return await billing.get(`invoices/${id}`).json();
  } catch (err) {
    if (err instanceof HTTPError && err.response.statusCode === 404) { // expect: no-magic-status
      return null;
    }
    throw err;
  }
}

const catalog = ky.create({ prefixUrl: 'https://catalog.example.com', timeout: 500, retry: { limit: 3 } });

export async function loadProduct(sku: string) {
  try {
    return await catalog.get(`products/${sku}`).json<{ sku: string; price: number }>();
  } catch (error) {
    if (error instanceof KyHTTPError && error.response.status === 401) { // expect: no-magic-status
      await refreshToken();
      return loadProduct(sku);
    }
    throw error;
  }
}

export async function postLedgerEntry(entry: object) {
  try {
    return await superagent.post('https://ledger.example.com/entries').send(entry).timeout({ response: 500 });
  } catch (error: any) {
    if (error.status === 429) { // expect: no-magic-status
      await sleep(Number(error.response?.headers['retry-after'] ?? 1) * 1000);
      return postLedgerEntry(entry);
    }
    if (error.status === StatusCodes.CONFLICT) return null;
    throw error;
  }
}

export async function pullRates() {
  const res = await undiciRequest('https://rates.example.com/latest', { headersTimeout: 500, maxRedirections: 3 });
  if (res.statusCode === 304) { // expect: no-magic-status
    return cachedRates;
  }
  if (res.statusCode >= 400 && res.statusCode < 500) {
    throw new Error(`rates client error ${res.statusCode}`);
  }
  return res.body.json();
}

export async function fetchWithRetry(url: string, attempt = 0): Promise<Response> {
  const res = await fetch(url, { signal: AbortSignal.timeout(500) });
  if ([408, 429].includes(res.status) && attempt < 3) { // expect: no-magic-status
    await sleep(200 * 2 ** attempt);
    return fetchWithRetry(url, attempt + 1);
  }
  if (Math.floor(res.status / 100) === 5) {
    throw new Error('upstream error');
  }
  return res;
}

export async function describeResponse(res: Response) {
  switch (res.status) {
    case 200: // expect: no-magic-status
      return 'ok';
    case 404: // expect: no-magic-status
      return 'missing';
    case StatusCodes.SERVICE_UNAVAILABLE:
      return 'unavailable';
    default:
      return 'other';
  }
}

const accounts = axios.create({ baseURL: 'https://accounts.example.com', timeout: 500, validateStatus: (s) => s < 500 });

export async function getAccount(id: string) {
  try {
    const res = await accounts.get(`/accounts/${id}`);
    if (res.status === 204) return null; // expect: no-magic-status
    if (res.data.code === 200) return res.data.payload;
    return res.data;
  } catch (e) {
    if (isAxiosError(e) && e.response?.status === 403) { // expect: no-magic-status
      throw new Error('forbidden account');
    }
    throw e;
  }
}

export function isOffline(xhr: XMLHttpRequest) {
  return xhr.status === 0;
}

// Non-HTTP codes that live next to the HTTP clients.
export function classify(order: { status: number }, job: { code: number }, smtp: { responseCode: number }) {
  if (order.status === 200) return 'order-confirmed';
  if (job.code === 404) return 'job-missing-input';
  if (smtp.responseCode === 550) return 'mailbox-unavailable';
  return 'unknown';
}

declare const cachedRates: unknown;
declare function refreshToken(): Promise<void>;
