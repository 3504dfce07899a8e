'use strict';

const rateLimit = require('express-rate-limit');
const helmet = require('helmet');
const compression = require('compression');
const { createProxyMiddleware } = require('http-proxy-middleware');

// Limits: 100 requests per 15 minutes; 429 responses carry Retry-After (see ops/404-runbook.md).
const FIFTEEN_MINUTES = 15 * 60 * 1000;

const config = {
  server: {
    port: 443,
    httpPort: 8080,
    keepAliveTimeout: 65000,
    headersTimeout: 66000,
    requestTimeout: 300000,
    maxHeaderSize: 16384,
    backlog: 511,
    shutdownGraceMs: 500,
  },
  mail: {
    smtp: { host: 'smtp.example.com', port: 465, secure: true, pool: { maxConnections: 5, maxMessages: 100 } },
    submissionPort: 587,
    imapPort: 143,
    pop3Port: 110,
    bounceCodes: { mailboxUnavailable: 550, tryLater: 421, greylisted: 451 },
  },
  ldap: { url: 'ldaps://ldap.internal', port: 389, timeout: 500, sizeLimit: 500 },
  db: {
    pool: { min: 2, max: 100, idleTimeoutMillis: 300, acquireTimeoutMillis: 200 },
    statementTimeout: 500,
    maxRows: 250,
  },
  cache: {
    maxAge: 300,
    staleWhileRevalidate: 600,
    maxEntries: 500,
    ttl: { users: 120, feeds: 300, avatars: 86400 },
    headers: { 'Cache-Control': 'public, max-age=300, s-maxage=600' },
  },
  uploads: {
    maxFiles: 200,
    maxFileSizeMb: 500,
    fileMode: 0o644,
    dirMode: 0o755,
    imageSizes: [320, 414, 768, 1024],
    quality: 100,
  },
  retry: { retries: 3, minTimeout: 100, maxTimeout: 500, factor: 2 },
  tokens: { accessTtlSeconds: 900, refreshTtlDays: 365, bcryptCost: 12, saltBytes: 128 },
  logging: { level: 'info', sampleRate: 100, maxMessageLength: 255, slowRequestMs: 250 },
  ui: { zIndexModal: 300, zIndexToast: 400, fontWeightBold: 600, accent: '#ff5722', gridColumns: 12 },
  audio: { toneHz: 440, bpm: 120 },
  exitCodes: { sigint: 130, sigterm: 143, oom: 137 },
};

const limiter = rateLimit({
  windowMs: FIFTEEN_MINUTES,
  limit: 100,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  statusCode: 429, // expect: no-magic-status
  message: { error: 'Too many requests, retry in 900 seconds' },
});

const loginLimiter = rateLimit({ windowMs: 60000, limit: 5, skipSuccessfulRequests: true });

const security = helmet({
  hsts: { maxAge: 31536000, includeSubDomains: true },
  referrerPolicy: { policy: 'no-referrer' },
});

const gzip = compression({ level: 6, threshold: 512 });

const apiProxy = createProxyMiddleware({
  target: 'http://localhost:3000',
  changeOrigin: true,
  timeout: 500,
  proxyTimeout: 500,
  on: {
    proxyRes(proxyRes, req) {
      if (proxyRes.statusCode >= 500) console.warn('upstream error', req.url, { budgetMs: 200 });
      if (proxyRes.statusCode < 300) config.cache.maxEntries = Math.min(config.cache.maxEntries, 500);
    },
  },
});

const cdn = {
  purgeBatch: 100,
  origins: ['https://origin-a.example.com:443', 'https://origin-b.example.com:8443'],
  errorPages: { '404': '/404.html', '500': '/500.html', '503': '/maintenance.html' },
  edgeTtl: 300,
};

module.exports = { config, limiter, loginLimiter, security, gzip, apiProxy, cdn };
