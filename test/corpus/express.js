'use strict';

const express = require('express');
const rateLimit = require('express-rate-limit');
const { StatusCodes } = require('http-status-codes');
const { findUser, saveUser, deleteUser, deleteSession, listUsers } = require('./users');
const { setAuthChallenge, verifyToken } = require('./auth');
const { loadReport, toCsv } = require('./reports');

const app = express();
const PORT = Number(process.env.PORT) || 3000;
const PAGE_SIZE = 100;

app.use(express.json({ limit: '100kb' }));
app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
app.use(express.static('public', { maxAge: 86400000 }));

app.get('/health', (req, res) => res.sendStatus(200)); // expect: no-magic-status

app.get('/users', async (req, res) => {
  const take = Math.min(Number(req.query.limit) || PAGE_SIZE, 500);
  const users = await listUsers({ take });
  const page = users.slice(0, 200);
  res.status(200).json(page); // expect: no-magic-status
});

app.get('/users/:id', async (req, res) => {
  const user = await findUser(req.params.id);
  if (!user) {
    return res.status(StatusCodes.NOT_FOUND).json({
      statusCode: 404,
      message: 'User not found',
    });
  }
  res.json(user);
});

app.post('/users', async (req, res) => {
  const tooLong = req.body.email && req.body.email.length > 255;
  if (!req.body.email || tooLong) {
    return res.status(400).json({ error: 'invalid email' }); // expect: no-magic-status
  }
  const user = await saveUser(req.body);
  res.status(201).location(`/users/${user.id}`).json(user); // expect: no-magic-status
});

app.delete('/users/:id', async (req, res) => {
  await deleteUser(req.params.id);
  res.status(204).end(); // expect: no-magic-status
});

app.delete('/sessions/:id', async (req, res) => {
  await deleteSession(req.params.id);
  res.status(204).json({ deleted: true }); // expect: no-magic-status, no-body-with-bodiless-status
});

app.get('/admin', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'login required' }); // expect: no-magic-status, require-status-headers
  }
  res.render('admin', { maxItems: 250 });
});

app.get('/api/reports/:id', async (req, res) => {
  if (!verifyToken(req.headers.authorization)) {
    res.set('WWW-Authenticate', 'Bearer realm="reports"');
    return res.status(401).json({ error: 'token required' }); // expect: no-magic-status
  }
  const report = await loadReport(req.params.id);
  if (req.fresh) {
    return res.status(304).send(report); // expect: no-magic-status, no-body-with-bodiless-status
  }
  res.set('Cache-Control', 'max-age=300').json(report);
});

app.get('/legacy/admin', (req, res) => {
  setAuthChallenge(res);
  res.status(401).send('Unauthorized'); // expect: no-magic-status
});

app.all('/upload', (req, res, next) => {
  if (req.method !== 'POST') {
    return res.status(405).send('Method Not Allowed'); // expect: no-magic-status, require-status-headers
  }
  next();
});

app.all('/export', async (req, res) => {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET, HEAD');
    return res.sendStatus(405); // expect: no-magic-status
  }
  res.attachment('export.csv').send(toCsv(await listUsers({ take: 500 })));
});

app.get('/old-docs', (req, res) => res.redirect(301, '/docs')); // expect: no-magic-status
app.get('/login-required', (req, res) => res.status(302).send('Redirecting to /login')); // expect: no-magic-status, require-status-headers
app.get('/feed', (req, res) => res.status(308).location('/rss.xml').end()); // expect: no-magic-status
app.get('/socket', (req, res) => res.status(426).send('Use the WebSocket endpoint')); // expect: no-magic-status, require-status-headers
app.get('/slow-job', (req, res) => res.status(102).send('still working')); // expect: no-magic-status, no-deprecated-status, no-body-with-bodiless-status

app.get('/stream', (req, res) => {
  req.on('close', () => {
    if (!res.headersSent) res.status(499).end(); // expect: no-unknown-status
  });
  setTimeout(() => res.json({ done: true }), 500);
});

app.use((err, req, res, next) => {
  const status = err.status || 500; // expect: no-magic-status
  res.cookie('last_error', String(Date.now()), { maxAge: 900000 });
  res.status(status).json({ error: status >= 500 ? 'Internal Server Error' : err.message });
});

app.listen(PORT, () => console.log(`listening on ${PORT}`));

module.exports = app;
