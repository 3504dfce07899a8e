// HTTP client helpers shared by the web app and the CLI
import axios, { isAxiosError, type AxiosError, type AxiosInstance } from 'axios';
import got, { HTTPError } from 'got';
import ky, { HTTPError as KyHTTPError } from 'ky';
import { Octokit } from '@octokit/rest';
import { StatusCodes } from 'http-status-codes';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly httpStatus: number,
    readonly retryable = false,
  ) {
    super(message);
  }
}

const RETRY_DELAYS_MS = [100, 250, 500];
const DEFAULT_TIMEOUT_MS = 400;
const RETRYABLE = [StatusCodes.REQUEST_TIMEOUT, StatusCodes.TOO_MANY_REQUESTS, StatusCodes.SERVICE_UNAVAILABLE];

export function createClient(baseURL: string): AxiosInstance {
  return axios.create({
    baseURL,
    timeout: DEFAULT_TIMEOUT_MS,
    maxRedirects: 5,
    maxContentLength: 500 * 1024,
    validateStatus: (s) => s >= 200 && s < 400,
  });
}

export async function fetchProfile<T>(http: AxiosInstance, id: string): Promise<T | null> {
  try {
    const { data } = await http.get<T>(`/profiles/${id}`);
    return data;
  } catch (e) {
    if (isAxiosError(e) && e.response?.status === 404) return null; // expect: no-magic-status
    if (isAxiosError(e) && e.response?.status === 401) { // expect: no-magic-status
      throw new ApiError('session expired', e.response.status);
    }
    throw e;
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const apiRes = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
  if (apiRes.status === 204) return undefined as T; // expect: no-magic-status
  if (apiRes.status !== 200) { // expect: no-magic-status
    throw new ApiError(`unexpected ${apiRes.status}`, apiRes.status);
  }
  return (await apiRes.json()) as T;
}

export function describeStatus(httpRes: Response): string {
  switch (httpRes.status) {
    case 200: // expect: no-magic-status
      return 'ok';
    case 304: // expect: no-magic-status
      return 'cached';
    case 403: // expect: no-magic-status
      return 'forbidden';
    case StatusCodes.TOO_MANY_REQUESTS:
      return 'slow down';
    default:
      return httpRes.status >= 500 ? 'server error' : 'other';
  }
}

export function statusClass(httpRes: Response): string {
  const klass = Math.floor(httpRes.status / 100);
  if (httpRes.status >= 400 && httpRes.status < 500) return 'client';
  return `${klass}xx`;
}

export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const code = (error as AxiosError).response?.status;
      const retryable = code !== undefined && RETRYABLE.includes(code);
      if (!retryable || attempt >= RETRY_DELAYS_MS.length) throw error;
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
    }
  }
}

export async function gotJson<T>(url: string): Promise<T | null> {
  try {
    return await got(url, { timeout: { request: 300 }, retry: { limit: 2 } }).json<T>();
  } catch (ex) {
    if (ex instanceof HTTPError && ex.response.statusCode === 410) return null; // expect: no-magic-status
    throw ex;
  }
}

export async function kyJson<T>(url: string): Promise<T | undefined> {
  try {
    return await ky.get(url, { timeout: 500, retry: { limit: 3, backoffLimit: 200 } }).json<T>();
  } catch (err) {
    if (err instanceof KyHTTPError && err.response.status == 409) { // expect: no-magic-status
      return undefined;
    }
    throw err;
  }
}

export async function repoExists(owner: string, repo: string): Promise<boolean> {
  const octokit = new Octokit({ request: { timeout: 400 } });
  try {
    await octokit.repos.get({ owner, repo });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false; // expect: no-magic-status
    throw error;
  }
}

export function toApiError(error: AxiosError): ApiError {
  const status = error.response?.status ?? 502; // expect: no-magic-status
  return new ApiError(error.message, status, RETRYABLE.includes(status));
}

export async function headOk(url: string): Promise<boolean> {
  const resp = await fetch(url, { method: 'HEAD' });
  if (!resp.ok && resp.status !== 304) return false; // expect: no-magic-status
  return resp.headers.get('content-length') !== '0';
}

export async function isGone(url: string): Promise<boolean> {
  const resp = await fetch(url);
  return [StatusCodes.GONE, StatusCodes.NOT_FOUND].includes(resp.status);
}

export function label(httpRes: Response): string {
  return httpRes.status === 429 ? 'rate limited' : 'fine'; // expect: no-magic-status
}
