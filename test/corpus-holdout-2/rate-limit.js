// Express app hardening: rate limits, slow-down, TLS redirects and a maintenance switch.
import express from 'express';
import rateLimit from 'express-rate-limit';
import slowDown from 'express-slow-down';
import helmet from 'helmet';
import { StatusCodes } from 'http-status-codes';
import { quotaFor, registerProxy } from './quota.js';

const app = express();
app.set('trust proxy', 1);
app.use(helmet({ hsts: { maxAge: 31536000, includeSubDomains: true } }));
app.use(express.json({ limit: '100kb' }));

export const apiLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 100,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  statusCode: 429, // expect: no-magic-status
  message: { error: 'Too many requests, please try again later.' },
});

export const uploadLimiter = rateLimit({
  windowMs: 60 * 60 * 1000,
  limit: 200,
  statusCode: StatusCodes.TOO_MANY_REQUESTS,
});

export const loginLimiter = rateLimit({
  windowMs: 60_000,
  limit: 5,
  skipSuccessfulRequests: true,
  handler: (req, res, next, options) => {
    res.set('Retry-After', String(Math.ceil(options.windowMs / 1000)));
    res.status(429).json({ error: 'Too many login attempts' }); // expect: no-magic-status
  },
});

const speedLimiter = slowDown({
  windowMs: 15 * 60 * 1000,
  delayAfter: 100,
  delayMs: (hits) => hits * 100,
  maxDelayMs: 500,
});

app.use((req, res, next) => {
  if (!req.secure) {
    return res.redirect(301, `https://${req.headers.host}${req.originalUrl}`); // expect: no-magic-status
  }
  next();
});

app.use('/api', apiLimiter, speedLimiter);
app.use('/upload', uploadLimiter);
app.use('/login', loginLimiter);

let maintenance = false;
app.use((req, res, next) => {
  if (!maintenance) return next();
  res.set('Retry-After', '300');
  res.status(503).json({ // expect: no-magic-status
    error: 'maintenance',
    retryAfterSeconds: 300,
  });
});

app.get('/api/quota', async (req, res) => {
  const quota = await quotaFor(req.ip);
  res.json({ status: 200, data: quota });
});

app.get('/api/quota/reset', (req, res) => {
  res.set({ 'Retry-After': 120 });
  res.status(429).end(); // expect: no-magic-status
});

app.get('/api/key', (req, res) => {
  if (!req.get('x-api-key')) {
    return res.status(StatusCodes.UNAUTHORIZED).json({ error: 'api key required' }); // expect: require-status-headers
  }
  res.json({ ok: true });
});

app.get('/api/socket', (req, res) => {
  res.status(426).json({ error: 'switch to TLS 1.3' }); // expect: no-magic-status, require-status-headers
});

app.get('/api/socket2', (req, res) => {
  res.status(426).set('Upgrade', 'TLS/1.3, HTTP/1.1').set('Connection', 'Upgrade').end(); // expect: no-magic-status
});

app.get('/api/proxy-auth', (req, res) => {
  res.status(407).send('Proxy authentication required'); // expect: no-magic-status, require-status-headers
});

app.get('/api/proxy-auth2', (req, res) => {
  registerProxy(res);
  res.status(407).send('Proxy authentication required'); // expect: no-magic-status
});

app.delete('/api/cache', (req, res) => {
  res.sendStatus(204); // expect: no-magic-status
});

app.delete('/api/cache/:key', (req, res) => {
  res.status(204).json({ purged: req.params.key }); // expect: no-magic-status, no-body-with-bodiless-status
});

app.post('/admin/maintenance', (req, res) => {
  maintenance = Boolean(req.body.on);
  res.status(202).json({ maintenance, ttl: 600 }); // expect: no-magic-status
});

app.listen(443, () => console.log('listening on 443'));
