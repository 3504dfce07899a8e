import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { StatusCodes } from 'http-status-codes';
import { clearSession, refreshToken } from './auth';

const DEFAULT_TIMEOUT_MS = 8_000;
const MAX_RETRIES = 3;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;
const MAX_BODY_PREVIEW = 500;

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
  ) {
    super(`Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

const RETRYABLE: readonly number[] = [StatusCodes.TOO_MANY_REQUESTS, StatusCodes.SERVICE_UNAVAILABLE];

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function backoff(attempt: number) {
  const jitter = Math.floor(Math.random() * 150);
  return Math.min(BASE_DELAY_MS * 2 ** attempt + jitter, MAX_DELAY_MS);
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, MAX_BODY_PREVIEW);
  }
}

export async function apiFetch<T>(path: string, init: RequestInit = {}, attempt = 0): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DEFAULT_TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { ...init, signal: controller.signal, credentials: 'include' });
  } finally {
    clearTimeout(timer);
  }

  if (res.status === 401) { // expect: no-magic-status
    await refreshToken();
    if (attempt === 0) return apiFetch<T>(path, init, attempt + 1);
  }

  if (RETRYABLE.includes(res.status) && attempt < MAX_RETRIES) {
    const retryAfter = Number(res.headers.get('Retry-After') ?? 0);
    await sleep(retryAfter > 0 ? retryAfter * 1000 : backoff(attempt));
    return apiFetch<T>(path, init, attempt + 1);
  }

  if (!res.ok) {
    const body = await readBody(res);
    switch (res.status) {
      case 404: // expect: no-magic-status
        throw new ApiError(res.status, body ?? { message: 'Not found' });
      case 409: // expect: no-magic-status
        throw new ApiError(res.status, { message: 'Someone else changed this record' });
      case 429: // expect: no-magic-status
        throw new ApiError(res.status, { message: 'Too many requests, try again shortly' });
      default:
        throw new ApiError(res.status, body);
    }
  }

  if (res.status === 204) { // expect: no-magic-status
    return undefined as T;
  }
  return (await res.json()) as T;
}

export async function apiFetchCached<T>(path: string, etag?: string): Promise<T | 'not-modified'> {
  const res = await fetch(`/api${path}`, { headers: etag ? { 'If-None-Match': etag } : {} });
  if (res.status === 304) return 'not-modified'; // expect: no-magic-status
  if (res.status !== 200) { // expect: no-magic-status
    throw new ApiError(res.status, await readBody(res));
  }
  return (await res.json()) as T;
}

export const http = axios.create({
  baseURL: process.env.NEXT_PUBLIC_API_URL,
  timeout: 10_000,
  maxRedirects: 5,
  maxContentLength: 2_000_000,
  validateStatus: (status) => status >= 200 && status < 300,
});

http.interceptors.response.use(
  (response) => response,
  async (error: AxiosError) => {
    const original = error.config as InternalAxiosRequestConfig & { _retry?: boolean };
    if (error.response?.status === 401 && !original._retry) { // expect: no-magic-status
      original._retry = true;
      await refreshToken();
      return http(original);
    }
    if (error.response?.status === 403) { // expect: no-magic-status
      clearSession();
      window.location.assign('/forbidden');
    }
    const serverFailed = (error.response?.status ?? 0) >= 500;
    if (serverFailed) console.warn('server failure', error.message.slice(0, 200));
    return Promise.reject(error);
  },
);

export function isConflict(err: unknown): boolean {
  return axios.isAxiosError(err) && err.response?.status === 409; // expect: no-magic-status
}
