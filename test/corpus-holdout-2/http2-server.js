// Static asset edge: an HTTP/2 server (core API) with an HTTP/1.1 fallback on node:http.
import http2, { constants } from 'node:http2';
import { constants as h2 } from 'node:http2';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { applyCorsHeaders } from './cors.js';

const ROOT = path.resolve('public');
const cache = new Map();

fs.mkdirSync(ROOT, { recursive: true, mode: 0o755 });
fs.chmodSync(path.join(ROOT, 'index.html'), 0o644);

const server = http2.createSecureServer({
  key: fs.readFileSync('tls/key.pem'),
  cert: fs.readFileSync('tls/cert.pem'),
  allowHTTP1: true,
  settings: { maxConcurrentStreams: 100, initialWindowSize: 65535 },
});

server.on('stream', (stream, headers) => {
  const urlPath = headers[':path'];
  if (urlPath === '/') {
    stream.respond({ ':status': 200, 'content-type': 'text/html; charset=utf-8' }); // expect: no-magic-status
    stream.end('<h1>edge</h1>');
    return;
  }
  if (urlPath === '/old') {
    stream.respond({ ':status': 301, location: '/new' }); // expect: no-magic-status
    stream.end();
    return;
  }
  if (urlPath === '/moved') {
    stream.respond({ ':status': 308 }); // expect: no-magic-status, require-status-headers
    stream.end();
    return;
  }
  if (urlPath === '/empty') {
    stream.respond({ ':status': 204 }); // expect: no-magic-status, no-body-with-bodiless-status
    stream.end('nothing to see');
    return;
  }
  if (urlPath === '/cached') {
    const etag = cache.get(urlPath);
    stream.respond({ ':status': 304, etag }); // expect: no-magic-status, no-body-with-bodiless-status
    stream.end(JSON.stringify({ etag }));
    return;
  }
  if (urlPath === '/bye') {
    stream.respond({ ':status': 204 }); // expect: no-magic-status
    stream.end();
    return;
  }
  if (urlPath === '/admin') {
    stream.respond({ ':status': 401, 'www-authenticate': 'Basic realm="edge"' }); // expect: no-magic-status
    stream.end();
    return;
  }
  if (urlPath === '/upload') {
    stream.respond({ ':status': 405, allow: 'PUT' }); // expect: no-magic-status
    stream.end();
    return;
  }
  if (urlPath === '/proxy') {
    stream.respond({ ':status': h2.HTTP_STATUS_USE_PROXY, location: 'http://proxy:3128' }); // expect: no-deprecated-status
    stream.end();
    return;
  }
  if (urlPath === '/weird') {
    stream.respond({ ':status': 600 }); // expect: no-unknown-status
    stream.end();
    return;
  }
  stream.respond({ ':status': constants.HTTP_STATUS_NOT_FOUND, 'content-type': 'text/plain' });
  stream.end('not found');
});

server.listen(443);

// HTTP/1.1 fallback for old clients.
const fallback = http.createServer({ maxHeaderSize: 16384, keepAliveTimeout: 500 }, (req, res) => {
  if (req.url === '/report') {
    res.writeHead(constants.HTTP_STATUS_PROCESSING); // expect: no-deprecated-status
    return;
  }
  if (req.url === '/login') {
    res.writeHead(302); // expect: no-magic-status, require-status-headers
    res.end();
    return;
  }
  if (req.url === '/docs') {
    res.setHeader('Location', '/documentation');
    res.writeHead(307); // expect: no-magic-status
    res.end();
    return;
  }
  if (req.url === '/etag') {
    res.statusCode = 304; // expect: no-magic-status, no-body-with-bodiless-status
    res.end(JSON.stringify({ cached: true }));
    return;
  }
  if (req.url === '/legacy-upload') {
    applyCorsHeaders(res);
    res.writeHead(405); // expect: no-magic-status
    res.end();
    return;
  }
  if (req.url === '/teapot-ish') {
    res.writeHead(999); // expect: no-unknown-status
    res.end();
    return;
  }
  const body = fs.readFileSync(path.join(ROOT, 'index.html'));
  res.writeHead(200, { // expect: no-magic-status
    'Content-Type': 'text/html',
    'Content-Length': body.length,
    'Cache-Control': 'max-age=300',
  });
  res.end(body);
});

fallback.listen(8080);
fallback.setTimeout(120_000);

process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => server.close(() => process.exit(143)));
