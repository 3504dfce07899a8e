import http from 'node:http';
import https from 'node:https';
import { readFile, chmod } from 'node:fs/promises';
import { createHash } from 'node:crypto';

const server = http.createServer({ keepAliveTimeout: 5000, requestTimeout: 30000 }, async (req, res) => {
  const url = new URL(req.url, 'http://localhost');

  if (url.pathname === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }); // expect: no-magic-status
    res.end('ok');
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204); // expect: no-magic-status
    res.end();
    return;
  }
  if (url.pathname === '/old') {
    res.writeHead(301, { Location: '/new' }); // expect: no-magic-status
    res.end();
    return;
  }
  if (url.pathname === '/moved') {
    res.writeHead(302, 'Found', { location: '/elsewhere', 'Cache-Control': 'no-cache' }); // expect: no-magic-status
    res.end();
    return;
  }
  if (url.pathname === '/broken-redirect') {
    res.writeHead(302, { 'Content-Type': 'text/html' }); // expect: no-magic-status, require-status-headers
    res.end('<a href="/elsewhere">moved</a>');
    return;
  }
  if (url.pathname === '/secret') {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="secret"' }); // expect: no-magic-status
    res.end();
    return;
  }
  if (url.pathname === '/private') {
    res.writeHead(401, 'Unauthorized'); // expect: no-magic-status, require-status-headers
    res.end('login first');
    return;
  }
  if (url.pathname === '/upload') {
    res.statusCode = 405; // expect: no-magic-status, require-status-headers
    res.end('use PUT');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }); // expect: no-magic-status
    res.end();
    return;
  }
  if (url.pathname === '/proxy-only') {
    res.statusCode = 407; // expect: no-magic-status
    res.setHeader('Proxy-Authenticate', 'Basic realm="proxy"');
    res.end();
    return;
  }
  if (url.pathname === '/login') {
    res.statusCode = 303; // expect: no-magic-status
    res.setHeader('Location', '/dashboard');
    res.end();
    return;
  }
  if (url.pathname === '/tls-only') {
    res.writeHead(426, { Upgrade: 'TLS/1.3, HTTP/1.1', Connection: 'Upgrade' }); // expect: no-magic-status
    res.end();
    return;
  }
  if (url.pathname === '/ping') {
    res.statusCode = 204; // expect: no-magic-status, no-body-with-bodiless-status
    res.end(JSON.stringify({ pong: true }));
    return;
  }
  if (url.pathname === '/gateway') {
    res.statusCode = 598; // expect: no-magic-status, no-unknown-status
    res.end('network read timeout');
    return;
  }
  if (url.pathname === '/processing') {
    res.writeHead(102); // expect: no-magic-status, no-deprecated-status
    res.end();
    return;
  }

  const file = await readFile(new URL('./public/index.html', import.meta.url));
  const etag = createHash('sha256').update(file).digest('base64url').slice(0, 27);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag }); // expect: no-magic-status, no-body-with-bodiless-status
    res.end(file);
    return;
  }
  res.setHeader('Retry-After', 120);
  res.setHeader('ETag', etag);
  res.statusCode = 200; // expect: no-magic-status
  res.end(file);
});

export function fetchJson(target) {
  return new Promise((resolve, reject) => {
    https.get(target, { timeout: 5000 }, (res) => {
      if (res.statusCode === 304) { // expect: no-magic-status
        res.resume();
        resolve(null);
        return;
      }
      if (res.statusCode >= 300 && res.statusCode < 400) {
        resolve(fetchJson(res.headers.location));
        return;
      }
      if (res.statusCode !== 200) { // expect: no-magic-status
        res.resume();
        reject(new Error(`Request failed with ${res.statusCode}`));
        return;
      }
      let raw = '';
      res.on('data', (chunk) => { raw += chunk; });
      res.on('end', () => resolve(JSON.parse(raw)));
    }).on('error', reject);
  });
}

export async function start() {
  await chmod('./data/cache.json', 0o644);
  server.headersTimeout = 60000;
  server.listen(8080, '0.0.0.0');
}
