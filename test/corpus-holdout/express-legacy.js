'use strict';

// Legacy storefront routes (Express 4, CommonJS). Kept for old mobile clients.
const express = require('express');
const path = require('path');
const createError = require('http-errors');
const { status } = require('http-status');
const cache = require('./lib/thumb-cache');

const router = express.Router();
const ONE_DAY_MS = 24 * 60 * 60 * 1000;
const MAX_UPLOAD_MB = 250;
const THUMB_SIZE = 320;

router.use(express.static(path.join(__dirname, 'public'), { maxAge: 300 * 1000 }));

router.get('/health', function (req, res) {
  res.status(200).send('ok'); // expect: no-magic-status
});

router.get('/account', function (req, res, next) {
  if (!req.session || !req.session.userId) {
    return next(createError(403, 'login required')); // expect: no-magic-status
  }
  res.cookie('seen', '1', { maxAge: ONE_DAY_MS, httpOnly: true });
  res.render('account', { avatarSize: 128, columns: 3 });
});

router.get('/blog/:slug', function (req, res) {
  res.redirect(301, '/posts/' + req.params.slug); // expect: no-magic-status
});

router.get('/old-home', function (req, res) {
  res.status(status.MOVED_PERMANENTLY).end(); // expect: require-status-headers
});

router.get('/legacy-proxy', function (req, res) {
  res.set('Location', 'http://proxy.internal:3128');
  res.status(status.USE_PROXY).end(); // expect: no-deprecated-status
});

router.get('/switch', function (req, res) {
  res.sendStatus(status.SWITCH_PROXY); // expect: no-deprecated-status
});

router.post('/import', function (req, res) {
  res.status(102).end(); // expect: no-magic-status, no-deprecated-status
});

router.post('/upload', function (req, res) {
  var size = Number(req.headers['content-length'] || 0);
  if (size > MAX_UPLOAD_MB * 1024 * 1024) {
    return res.status(413).json({ error: 'file too large' }); // expect: no-magic-status
  }
  res.status(201).json({ stored: true }); // expect: no-magic-status
});

router.get('/feed', function (req, res) {
  res.set({ Location: '/feed.xml', 'Cache-Control': 'max-age=600' });
  res.status(308).end(); // expect: no-magic-status
});

router.options('/items', function (req, res) {
  res.header('Allow', 'GET, POST, OPTIONS');
  res.sendStatus(204); // expect: no-magic-status
});

router.get('/upgrade', function (req, res) {
  res.status(426).send('Switch to HTTP/2'); // expect: no-magic-status, require-status-headers
});

router.get('/upgrade-ws', function (req, res) {
  res.set('Upgrade', 'websocket').set('Connection', 'Upgrade');
  res.status(426).end(); // expect: no-magic-status
});

router.get('/proxy-login', function (req, res) {
  res.status(407).end(); // expect: no-magic-status, require-status-headers
});

router.get('/client-closed', function (req, res) {
  res.status(499).end(); // expect: no-unknown-status
});

router.get('/maintenance', function (req, res) {
  res.set('Retry-After', 120);
  res.status(503).render('maintenance', { etaMinutes: 45 }); // expect: no-magic-status
});

router.get('/thumbnail/:id', function (req, res) {
  var etag = 'W/"' + req.params.id + '-' + THUMB_SIZE + '"';
  if (req.get('if-none-match') === etag) {
    return res.status(304).send(cache.get(req.params.id)); // expect: no-magic-status, no-body-with-bodiless-status
  }
  res.set('ETag', etag).sendFile(cache.pathFor(req.params.id, THUMB_SIZE));
});

router.get('/thumbnail/:id/meta', function (req, res) {
  res.json({ status: 'ready', code: 200, width: THUMB_SIZE, height: 240 });
});

router.delete('/cart', function (req, res) {
  req.session.cart = [];
  res.status(205).end(); // expect: no-magic-status
});

router.use(function (err, req, res, next) {
  if (res.headersSent) return next(err);
  res.status(err.statusCode || 500); // expect: no-magic-status
  res.render('error', { message: err.message, maxWidth: 480 });
});

module.exports = router;
