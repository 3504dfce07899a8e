// Integration tests for the catalog service, run under node:test, tap and ava in CI shards.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import tap from 'tap';
import ava from 'ava';
import { buildApp } from '../src/app.js';

let server;
let base;

before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/ping') {
      res.writeHead(200, { 'content-type': 'text/plain' }); // expect: no-magic-status
      res.end('pong');
      return;
    }
    if (req.url === '/stale') {
      res.writeHead(304); // expect: no-magic-status, no-body-with-bodiless-status
      res.end('stale body');
      return;
    }
    res.writeHead(302, { Location: '/ping' }); // expect: no-magic-status
    res.end();
  });
  await new Promise((resolve) => server.listen(0, resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

describe('catalog API (node:test)', () => {
  test('lists products', { timeout: 500 }, async () => {
    const res = await fetch(`${base}/ping`);
    assert.strictEqual(res.status, 200); // expect: no-magic-status
    assert.ok(res.status >= 200 && res.status < 300);
  });

  test('redirects unknown paths', async () => {
    const res = await fetch(`${base}/elsewhere`, { redirect: 'manual' });
    assert.equal(res.status, 302); // expect: no-magic-status
    assert.equal(res.headers.get('location'), '/ping');
  });

  test('creates a product', async () => {
    const app = await buildApp();
    const res = await app.inject({ method: 'POST', url: '/products', payload: { name: 'x', price: 199 } });
    assert.deepStrictEqual(res.statusCode, 201); // expect: no-magic-status
    assert.strictEqual(res.json().price, 199);
    assert.strictEqual(res.headers['content-length'], '204');
  });

  test('never crashes on bad input', async () => {
    const app = await buildApp();
    const res = await app.inject({ method: 'POST', url: '/products', payload: 'x'.repeat(300) });
    assert.notStrictEqual(res.statusCode, 500); // expect: no-magic-status
    assert.strictEqual(res.json().errors.length, 1);
  });

  test('paginates', async () => {
    const res = await fetch(`${base}/ping?limit=100`);
    const items = Array.from({ length: 100 }, (_, i) => i);
    assert.strictEqual(items.length, 100);
    assert.strictEqual(res.status, 200); // expect: no-magic-status
  });
});

tap.test('tap: product lookup', async (t) => {
  const app = await buildApp();
  const found = await app.inject({ method: 'GET', url: '/products/1' });
  t.equal(found.statusCode, 200); // expect: no-magic-status
  t.same(found.json(), { id: 1, name: 'Desk', price: 250 });
  const missing = await app.inject({ method: 'GET', url: '/products/404' });
  t.equal(missing.statusCode, 404); // expect: no-magic-status
  t.equal(missing.json().productId, 404);
  t.ok(missing.statusCode >= 400);
});

tap.test('tap: legacy route', async (t) => {
  const app = await buildApp();
  const res = await app.inject({ method: 'GET', url: '/catalog' });
  t.equal(res.statusCode, 301, 'moved permanently'); // expect: no-magic-status
  t.equal(res.headers.location, '/products');
});

ava('ava: delete product', async (t) => {
  const app = await buildApp();
  const res = await app.inject({ method: 'DELETE', url: '/products/1' });
  t.is(res.statusCode, 204); // expect: no-magic-status
  t.is(res.body, '');
});

ava('ava: rate limited', async (t) => {
  const app = await buildApp();
  const responses = await Promise.all(Array.from({ length: 120 }, () => app.inject('/products')));
  const last = responses.at(-1);
  t.is(last.statusCode, 429); // expect: no-magic-status
  t.is(last.headers['retry-after'], '60');
  t.is(responses.length, 120);
});

ava('ava: unauthenticated', async (t) => {
  const app = await buildApp();
  const res = await app.inject({ method: 'GET', url: '/admin' });
  t.is(res.statusCode, 401); // expect: no-magic-status
  t.truthy(res.headers['www-authenticate']);
});
