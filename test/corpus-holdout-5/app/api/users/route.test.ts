import assert from 'node:assert/strict';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession } from '@/lib/auth';
import { db } from '@/lib/db';
import { DELETE, GET, POST, PUT } from './route';

vi.mock('@/lib/auth', () => ({ getSession: vi.fn() }));
vi.mock('@/lib/db', () => ({
  db: {
    user: { findMany: vi.fn(), findUnique: vi.fn(), create: vi.fn(), deleteMany: vi.fn() },
  },
}));

const admin = { user: { id: 'u_1', isAdmin: true } };
const makeUsers = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `u_${i + 100}`, name: `User ${i}` }));

function req(path: string, init?: RequestInit) {
  return new NextRequest(new URL(path, 'http://localhost:3000'), init);
}

beforeEach(() => {
  vi.resetAllMocks();
});

describe('GET /api/users', () => {
  it('redirects anonymous users to the login page', async () => {
    vi.mocked(getSession).mockResolvedValue(null);
    const res = await GET(req('/api/users'));
    expect(res.status).toBe(307); // expect: no-magic-status
    expect(res.headers.get('location')).toBe('http://localhost:3000/login');
  });

  it('caps the page size', async () => {
    vi.mocked(getSession).mockResolvedValue(admin);
    vi.mocked(db.user.findMany).mockResolvedValue(makeUsers(500));
    const res = await GET(req('/api/users?limit=900'));
    expect(res.status).toBe(200); // expect: no-magic-status
    expect(db.user.findMany).toHaveBeenCalledWith(expect.objectContaining({ take: 500 }));
    expect(res.headers.get('cache-control')).toContain('max-age=300');
    const body = await res.json();
    expect(body).toHaveLength(500);
  });
});

describe('POST /api/users', () => {
  it('rejects anonymous callers', async () => {
    vi.mocked(getSession).mockResolvedValue(null);
    const res = await POST(req('/api/users', { method: 'POST', body: '{}' }));
    expect(res.status).toBe(401); // expect: no-magic-status
  });

  it('validates the payload', async () => {
    vi.mocked(getSession).mockResolvedValue(admin);
    const res = await POST(req('/api/users', { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(200) }) }));
    expect(res.status).toEqual(400); // expect: no-magic-status
  });

  it('creates a user', async () => {
    vi.mocked(getSession).mockResolvedValue(admin);
    vi.mocked(db.user.findUnique).mockResolvedValue(null);
    vi.mocked(db.user.create).mockResolvedValue({ id: 'u_201', name: 'Ada', quota: 250 });
    const res = await POST(req('/api/users', { method: 'POST', body: JSON.stringify({ name: 'Ada', email: 'a@b.c' }) }));
    expect(res.status).toStrictEqual(201); // expect: no-magic-status
    expect(await res.json()).toEqual({ id: 'u_201', name: 'Ada', quota: 250 });
  });

  it('refuses duplicates', async () => {
    vi.mocked(getSession).mockResolvedValue(admin);
    vi.mocked(db.user.findUnique).mockResolvedValue({ id: 'u_301' });
    const res = await POST(req('/api/users', { method: 'POST', body: JSON.stringify({ name: 'Ada', email: 'a@b.c' }) }));
    assert.strictEqual(res.status, 409); // expect: no-magic-status
    assert.ok(res.status >= 400 && res.status < 500);
  });
});

describe('DELETE /api/users', () => {
  it('deletes in bulk and returns no content', async () => {
    vi.mocked(getSession).mockResolvedValue(admin);
    const res = await DELETE(req('/api/users', { method: 'DELETE', body: JSON.stringify(['u_1', 'u_2']) }));
    expect(res.status).toBe(204); // expect: no-magic-status
    expect(await res.text()).toBe('');
  });

  it('limits the batch size', async () => {
    vi.mocked(getSession).mockResolvedValue(admin);
    const ids = makeUsers(101).map((u) => u.id);
    const res = await DELETE(req('/api/users', { method: 'DELETE', body: JSON.stringify(ids) }));
    expect(res.status).toBe(413); // expect: no-magic-status
    expect(res.status).not.toBe(500); // expect: no-magic-status
    expect(res.status).toBeLessThan(500);
  });
});

describe('PUT /api/users', () => {
  it('advertises the allowed methods', async () => {
    const res = await PUT();
    assert.equal(res.status, 405); // expect: no-magic-status
    expect(res.headers.get('allow')).toBe('GET, POST, DELETE');
    expect(Math.floor(res.status / 100)).toBe(4);
  });
});
