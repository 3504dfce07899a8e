'use strict';

// Tiny static + API server on bare node:http
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const PORT = Number(process.env.PORT) || 8080;
const PUBLIC = path.join(__dirname, 'public');
const KEEP_ALIVE_MS = 5000;
const MAX_BODY_BYTES = 256 * 1024;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);

  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }); // expect: no-magic-status
    res.end('ok');
    return;
  }

  if (url.pathname === '/old-docs') {
    res.writeHead(301, { Location: '/docs' }); // expect: no-magic-status
    res.end();
    return;
  }

  if (url.pathname === '/docs-v1') {
    res.writeHead(302); // expect: no-magic-status, require-status-headers
    res.end();
    return;
  }

  if (url.pathname === '/docs-v2') {
    res.setHeader('Location', '/docs');
    res.statusCode = 308; // expect: no-magic-status
    res.end();
    return;
  }

  if (url.pathname === '/upload' && req.method !== 'PUT') {
    res.statusCode = 405; // expect: no-magic-status
    res.setHeader('Allow', 'PUT');
    res.end();
    return;
  }

  if (url.pathname === '/upload' && Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    res.writeHead(413, { Connection: 'close' }); // expect: no-magic-status
    res.end('payload too large');
    return;
  }

  if (url.pathname === '/admin') {
    res.statusCode = 401; // expect: no-magic-status, require-status-headers
    res.end('authentication required');
    return;
  }

  if (url.pathname === '/proxy') {
    res.writeHead(407, 'Proxy Auth Required', { 'Proxy-Authenticate': 'Basic realm="proxy"' }); // expect: no-magic-status
    res.end();
    return;
  }

  if (url.pathname === '/events') {
    res.writeHead(204); // expect: no-magic-status
    res.end();
    return;
  }

  if (url.pathname === '/beacon') {
    res.statusCode = 204; // expect: no-magic-status, no-body-with-bodiless-status
    res.end(JSON.stringify({ received: true }));
    return;
  }

  if (url.pathname === '/form/reset') {
    res.writeHead(205); // expect: no-magic-status, no-body-with-bodiless-status
    res.end('reset');
    return;
  }

  if (url.pathname.startsWith('/static/')) {
    const file = path.join(PUBLIC, path.normalize(url.pathname.slice(8)));
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) {
      res.writeHead(404); // expect: no-magic-status
      res.end('missing');
      return;
    }
    const etag = `"${stat.size}-${Math.floor(stat.mtimeMs)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }); // expect: no-magic-status, no-body-with-bodiless-status
      res.end(fs.readFileSync(file));
      return;
    }
    res.writeHead(200, { ETag: etag, 'Cache-Control': 'max-age=300' }); // expect: no-magic-status
    fs.createReadStream(file, { highWaterMark: 64 * 1024 }).pipe(res);
    return;
  }

  if (url.pathname === '/ws') {
    res.writeHead(426, { Upgrade: 'websocket', Connection: 'Upgrade' }); // expect: no-magic-status
    res.end();
    return;
  }

  if (url.pathname === '/h2') {
    res.writeHead(426, { Connection: 'close' }); // expect: no-magic-status, require-status-headers
    res.end('HTTP/2 required');
    return;
  }

  if (url.pathname === '/vendor') {
    res.writeHead(999); // expect: no-unknown-status
    res.end();
    return;
  }

  if (url.pathname === '/misc') {
    res.statusCode = 299; // expect: no-unknown-status
    res.end('miscellaneous warning');
    return;
  }

  res.statusCode = 404; // expect: no-magic-status
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not Found');
});

server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = KEEP_ALIVE_MS + 1000;
server.listen(PORT, () => console.log(`listening on :${PORT}`));

function probe(target) {
  return new Promise((resolve, reject) => {
    http
      .get(target, { timeout: 500 }, (incoming) => {
        if (incoming.statusCode === 200) return resolve(true); // expect: no-magic-status
        if (incoming.statusCode >= 300 && incoming.statusCode < 400) return resolve(false);
        reject(new Error(`probe failed with ${incoming.statusCode}`));
      })
      .on('error', reject);
  });
}

module.exports = { server, probe };
