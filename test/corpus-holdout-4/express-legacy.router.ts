import { Router } from 'express';
import createError from 'http-errors';
import rateLimit from 'express-rate-limit';
import { StatusCodes as Codes } from 'http-status-codes';
import * as httpCodes from 'http-status-codes';
import { constants as h2 } from 'node:http2';
import { legacyDb } from './legacy/db';
import { applyCorsHeaders } from './legacy/cors';

export const legacyRouter = Router();

legacyRouter.use(
  rateLimit({
    windowMs: 60 * 1000,
    limit: 120,
    statusCode: 429, // expect: no-magic-status
    standardHeaders: 'draft-7',
  }),
);

legacyRouter.get('/v1/users', async (req, res, next) => {
  try {
    const page = Math.max(1, Number(req.query.page ?? 1));
    const rows = await legacyDb.users.list({ offset: (page - 1) * 100, limit: 100 });
    res.status(200).json(rows); // expect: no-magic-status
  } catch (err) {
    next(err);
  }
});

legacyRouter.get('/v1/users/:id', async (req, res, next) => {
  const user = await legacyDb.users.get(req.params.id);
  if (!user) {
    return next(createError(404)); // expect: no-magic-status
  }
  res.status(Codes.OK).json({ ...user, bio: user.bio?.substring(0, 500) });
});

legacyRouter.post('/v1/users', async (req, res, next) => {
  if (typeof req.body?.name !== 'string' || req.body.name.length > 255) {
    return next(createError(400, 'invalid name')); // expect: no-magic-status
  }
  const created = await legacyDb.users.insert(req.body);
  res.location(`/v1/users/${created.id}`);
  res.status(201).json(created); // expect: no-magic-status
});

legacyRouter.delete('/v1/users/:id', async (req, res) => {
  await legacyDb.users.remove(req.params.id);
  res.sendStatus(204); // expect: no-magic-status
});

legacyRouter.delete('/v1/users/:id/avatar', async (req, res) => {
  await legacyDb.avatars.remove(req.params.id);
  res.status(204).json({ removed: true }); // expect: no-magic-status, no-body-with-bodiless-status
});

legacyRouter.put('/v1/users/:id/flags', async (req, res) => {
  await legacyDb.flags.set(req.params.id, req.body);
  res.status(Codes.NO_CONTENT).send('ok'); // expect: no-body-with-bodiless-status
});

legacyRouter.get('/v1/users/:id/card', async (req, res) => {
  const card = await legacyDb.cards.get(req.params.id);
  if (req.get('if-none-match') === card.etag) {
    res.status(304); // expect: no-magic-status, no-body-with-bodiless-status
    res.send(card);
    return;
  }
  res.set('ETag', card.etag).status(200).send(card); // expect: no-magic-status
});

legacyRouter.get('/v1/profile', (_req, res) => {
  res.redirect(301, '/v2/profile'); // expect: no-magic-status
});

legacyRouter.get('/v1/settings', (_req, res) => {
  res.status(302); // expect: no-magic-status, require-status-headers
  res.send('Settings moved to the new dashboard');
});

legacyRouter.get('/v1/docs', (_req, res) => {
  res.setHeader('location', 'https://docs.example.com/v2');
  res.status(307).end(); // expect: no-magic-status
});

legacyRouter.all('/v1/reports', (req, res, next) => {
  if (req.method !== 'GET') {
    res.status(405).json({ error: 'method not allowed' }); // expect: no-magic-status, require-status-headers
    return;
  }
  next();
});

legacyRouter.all('/v1/exports', (req, res, next) => {
  if (req.method !== 'POST') {
    res.append('allow', 'POST');
    res.status(405).end(); // expect: no-magic-status
    return;
  }
  next();
});

legacyRouter.get('/v1/socket', (_req, res) => {
  res.status(426).send('WebSocket required'); // expect: no-magic-status, require-status-headers
});

legacyRouter.get('/v1/stream', (_req, res) => {
  res.set({ Upgrade: 'websocket', Connection: 'Upgrade' });
  res.status(426).end(); // expect: no-magic-status
});

legacyRouter.get('/v1/admin', (_req, res) => {
  applyCorsHeaders(res);
  res.status(401).json({ error: 'unauthorized' }); // expect: no-magic-status
});

legacyRouter.get('/v1/partner', (_req, res) => {
  res.status(Codes.UNAUTHORIZED).json({ error: 'partner token required' }); // expect: require-status-headers
});

legacyRouter.get('/v1/proxy', (_req, res) => {
  res.status(h2.HTTP_STATUS_USE_PROXY).end(); // expect: no-deprecated-status
});

legacyRouter.get('/v1/jobs/:id', (_req, res) => {
  res.status(httpCodes.StatusCodes.PROCESSING).end(); // expect: no-deprecated-status
});

legacyRouter.get('/v1/gateway', (_req, res) => {
  res.status(305).end(); // expect: no-magic-status, no-deprecated-status
});

legacyRouter.get('/v1/calm', (_req, res) => {
  res.status(420).json({ error: 'enhance your calm' }); // expect: no-unknown-status
});

legacyRouter.get('/v1/quota', (_req, res) => {
  res.status(600).json({ error: 'custom quota code for the old app' }); // expect: no-unknown-status
});
