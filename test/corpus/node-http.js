'use strict';

const http = require('node:http');
const https = require('node:https');
const path = require('node:path');
const { readFile, chmod } = require('node:fs/promises');
const { createHash } = require('node:crypto');

const routes = {
  '/health': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' }); // expect: no-magic-status
    res.end('ok');
  },
  '/favicon.ico': (req, res) => {
    res.writeHead(204); // expect: no-magic-status
    res.end();
  },
  '/old': (req, res) => {
    res.writeHead(301, { Location: '/new' }); // expect: no-magic-status
    res.end();
  },
  '/moved': (req, res) => {
    res.writeHead(302, 'Found', { location: '/elsewhere', 'Cache-Control': 'no-cache' }); // expect: no-magic-status
    res.end();
  },
  '/broken-redirect': (req, res) => {
    res.writeHead(302, { 'Content-Type': 'text/html' }); // expect: no-magic-status, require-status-headers
    res.end('<a href="/elsewhere">moved</a>');
  },
  '/secret': (req, res) => {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="secret"' }); // expect: no-magic-status
    res.end();
  },
  '/private': (req, res) => {
    res.writeHead(401, 'Unauthorized'); // expect: no-magic-status, require-status-headers
    res.end('login first');
  },
  '/upload': (req, res) => {
    res.statusCode = 405; // expect: no-magic-status, require-status-headers
    res.end('use PUT');
  },
  '/proxy-only': (req, res) => {
    res.statusCode = 407; // expect: no-magic-status
    res.setHeader('Proxy-Authenticate', 'Basic realm="proxy"');
    res.end();
  },
  '/login': (req, res) => {
    res.statusCode = 303; // expect: no-magic-status
    res.setHeader('Location', '/dashboard');
    res.end();
  },
  '/tls-only': (req, res) => {
    res.writeHead(426, { Upgrade: 'TLS/1.3, HTTP/1.1', Connection: 'Upgrade' }); // expect: no-magic-status
    res.end();
  },
  '/ping': (req, res) => {
    res.statusCode = 204; // expect: no-magic-status, no-body-with-bodiless-status
    res.end(JSON.stringify({ pong: true }));
  },
  '/gateway': (req, res) => {
    res.statusCode = 598; // expect: no-unknown-status
    res.end('network read timeout');
  },
  '/processing': (req, res) => {
    res.writeHead(102); // expect: no-magic-status, no-deprecated-status
    res.end();
  },
};

async function serveIndex(req, res) {
  const file = await readFile(path.join(__dirname, 'public', 'index.html'));
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
}

const server = http.createServer({ keepAliveTimeout: 5000, requestTimeout: 30000 }, async (req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }); // expect: no-magic-status
    res.end();
    return;
  }
  const route = routes[pathname];
  if (route) return route(req, res);
  return serveIndex(req, res);
});

function fetchJson(target) {
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

async function start() {
  await chmod('./data/cache.json', 0o644);
  server.headersTimeout = 60000;
  server.listen(8080, '0.0.0.0');
}

module.exports = { server, fetchJson, start };
