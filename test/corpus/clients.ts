import axios, { type AxiosError, isAxiosError } from 'axios';
import got, { HTTPError } from 'got';
import ky from 'ky';
import { Octokit } from '@octokit/rest';
import { StatusCodes } from 'http-status-codes';

interface Profile { id: string; name: string }
interface Settings { theme: 'light' | 'dark'; pageSize: number }

const api = axios.create({
  baseURL: 'https://api.example.com',
  timeout: 5000,
  maxRedirects: 5,
  maxContentLength: 2000,
  validateStatus: (status) => status >= 200 && status < 300,
});

const lenient = axios.create({ validateStatus: (s) => s < 500 });

export async function getUser(id: string) {
  try {
    const { data } = await api.get(`/users/${id}`, { params: { limit: 100, offset: 200 } });
    return data;
  } catch (err) {
    if (isAxiosError(err) && err.response?.status === 404) { // expect: no-magic-status
      return null;
    }
    throw err;
  }
}

export async function withRefresh<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const e = err as AxiosError;
    if (e.response?.status !== 401) throw err; // expect: no-magic-status
    await api.post('/auth/refresh');
    return call();
  }
}

export async function loadProfile(): Promise<Profile | undefined> {
  const response = await fetch('/api/profile', { signal: AbortSignal.timeout(8000) });
  switch (response.status) {
    case 200: // expect: no-magic-status
      return (await response.json()) as Profile;
    case 204: // expect: no-magic-status
      return undefined;
    case 401: // expect: no-magic-status
      window.location.assign('/login');
      return undefined;
    case StatusCodes.FORBIDDEN:
      throw new Error('forbidden');
    default:
      throw new Error(`Unexpected status ${response.status}`);
  }
}

export async function saveSettings(settings: Settings): Promise<boolean> {
  const res = await fetch('/api/settings', { method: 'PUT', body: JSON.stringify(settings) });
  if (res.status == 409) { // expect: no-magic-status
    return false;
  }
  if (res.status != 200) throw new Error(res.statusText); // expect: no-magic-status
  if (res.status === StatusCodes.ACCEPTED) console.info('queued');
  return res.ok;
}

export async function pollJob(id: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const resp = await fetch(`/api/jobs/${id}`);
    if (resp.status === 202) { // expect: no-magic-status
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    if (Math.floor(resp.status / 100) === 5) throw new Error('server error');
    if (resp.status >= 400 && resp.status < 500) throw new Error('client error');
    return resp.text();
  }
  throw new Error('timed out after 100 attempts');
}

export function describeError(err: unknown): string {
  if (!isAxiosError(err)) return 'unknown';
  const code = err.response?.status ?? 500; // expect: no-magic-status
  const label = err.response?.status === 503 ? 'maintenance' : 'failure'; // expect: no-magic-status
  return `${label} (${code})`;
}

export async function fetchFeed(url: string) {
  try {
    return await got(url, { timeout: { request: 10000 }, retry: { limit: 2 } }).json();
  } catch (error) {
    if (error instanceof HTTPError && error.response.statusCode === 410) return []; // expect: no-magic-status
    throw error;
  }
}

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, request: { timeout: 5000 } });

export async function repoExists(owner: string, repo: string): Promise<boolean> {
  try {
    await octokit.repos.get({ owner, repo });
    return true;
  } catch (error: any) {
    if (error.status === 404) return false; // expect: no-magic-status
    throw error;
  }
}

export async function conditionalGet(path: string, etag: string) {
  const res = await ky.get(path, { headers: { 'If-None-Match': etag }, throwHttpErrors: false, retry: 0 });
  return res.status === 304 ? null : res.json(); // expect: no-magic-status
}

export async function statusOfHealth() {
  const res = await lenient.get('/health');
  const items: unknown[] = res.data.items ?? [];
  if (items.length > 500) console.warn('too many items');
  return res.status !== 206; // expect: no-magic-status
}
