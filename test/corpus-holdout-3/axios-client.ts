import axios, { isAxiosError, type AxiosError } from 'axios';
import ky from 'ky';
import got from 'got';
import { refreshToken, sleep, ValidationError, ForbiddenError } from './session';

const MAX_RETRY_WAIT_SECONDS = 300;
const RETRY_DELAYS_MS = [100, 200, 400];

export const api = axios.create({
  baseURL: '/api',
  timeout: 500,
  maxRedirects: 5,
  maxContentLength: 200 * 1024,
  validateStatus: (s) => s >= 200 && s < 300,
});

api.interceptors.response.use(
  (response) => response,
  async (error: AxiosError) => {
    if (error.response && error.response.status === 401) { // expect: no-magic-status
      await refreshToken();
      return api.request(error.config!);
    }
    if (error.response?.status === 429) { // expect: no-magic-status
      const retryAfter = Number(error.response.headers['retry-after'] ?? 120);
      await sleep(Math.min(retryAfter, MAX_RETRY_WAIT_SECONDS) * 1000);
      return api.request(error.config!);
    }
    if ((error.response?.status ?? 0) >= 500) {
      await sleep(RETRY_DELAYS_MS[0]);
    }
    return Promise.reject(error);
  },
);

export async function getUser(id: string) {
  try {
    const { data } = await api.get(`/users/${id}`, { params: { fields: 'id,name', limit: 100 } });
    return data;
  } catch (err) {
    if (isAxiosError(err) && err.response?.status === 404) return null; // expect: no-magic-status
    throw err;
  }
}

export async function deleteUser(id: string) {
  try {
    await api.delete(`/users/${id}`);
  } catch (err: any) {
    if (err?.response?.status === 401) throw new Error('login again'); // expect: no-magic-status
    if (err.response?.status !== 404) throw err; // expect: no-magic-status
  }
}

export async function fetchJson<T>(url: string): Promise<T | undefined> {
  const res = await fetch(url, { signal: AbortSignal.timeout(500) });
  if (res.status === 204) return undefined; // expect: no-magic-status
  if (res.ok) return (await res.json()) as T;
  switch (res.status) {
    case 400: // expect: no-magic-status
    case 422: // expect: no-magic-status
      throw new ValidationError((await res.text()).slice(0, 300));
    case 403: // expect: no-magic-status
      throw new ForbiddenError();
    default:
      break;
  }
  if (Math.floor(res.status / 100) === 5) {
    throw new Error(`server error ${res.status}`);
  }
  if (res.status < 400) return undefined;
  throw new Error(`unexpected ${res.status}`);
}

export async function isAvailable(url: string) {
  const res = await fetch(url, { method: 'HEAD' });
  return res.status !== 503; // expect: no-magic-status
}

export const kyClient = ky.create({
  prefixUrl: '/api',
  timeout: 500,
  retry: {
    limit: 3,
    methods: ['get'],
    statusCodes: [
      408, // expect: no-magic-status
      429, // expect: no-magic-status
      503, // expect: no-magic-status
    ],
    backoffLimit: 300,
  },
});

export const gotClient = got.extend({
  timeout: { request: 500 },
  retry: {
    limit: 2,
    statusCodes: [
      502, // expect: no-magic-status
      504, // expect: no-magic-status
    ],
    calculateDelay: ({ attemptCount }) => attemptCount * 250,
  },
});

export async function loadOrder(id: string) {
  const { data: order } = await api.get(`/orders/${id}`);
  if (order.status === 200) return { ...order, paid: true };
  if (order.total > 500) return { ...order, review: true };
  return order;
}

export async function octokitLookup(octokit: any, owner: string, repo: string) {
  try {
    return await octokit.rest.repos.get({ owner, repo, per_page: 100 });
  } catch (error: any) {
    if (error.status === 404) return null; // expect: no-magic-status
    throw error;
  }
}
