'use strict';

const createError = require('http-errors');
const express = require('express');
const { StatusCodes } = require('http-status-codes');
const { status } = require('http-status');

const router = express.Router();

router.get('/invoices/:id', async (req, res, next) => {
  const invoice = await req.db.invoices.find(req.params.id);
  if (!invoice) return next(createError(404, 'Invoice not found')); // expect: no-magic-status
  if (invoice.ownerId !== req.user.id) return next(createError(403)); // expect: no-magic-status
  res.json(invoice);
});

router.post('/invoices', async (req, res, next) => {
  if (!req.is('application/json')) return next(createError(415, 'JSON only')); // expect: no-magic-status
  if (!req.user) return next(createError(401, 'Login required', { headers: { 'WWW-Authenticate': 'Bearer' } })); // expect: no-magic-status
  if (!req.user.verified) return next(createError(401)); // expect: no-magic-status
  try {
    const invoice = await req.db.invoices.create(req.body);
    res.status(StatusCodes.CREATED).json(invoice);
  } catch (err) {
    next(createError(err.status || 500, err.message)); // expect: no-magic-status
  }
});

router.get('/rate', (req, res, next) => {
  next(createError(429, 'Too many requests', { headers: { 'Retry-After': '120' } })); // expect: no-magic-status
});

router.get('/calm', (req, res, next) => {
  next(createError(420, 'Enhance your calm')); // expect: no-unknown-status
});

router.get('/expired', (req, res, next) => {
  next(createError(419, 'Page expired')); // expect: no-unknown-status
});

router.get('/method-failure', (req, res, next) => {
  next(createError(StatusCodes.METHOD_FAILURE, 'Spring says no')); // expect: no-unknown-status
});

router.get('/space', (req, res, next) => {
  next(createError(StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE)); // expect: no-unknown-status
});

router.get('/proxy', (req, res, next) => {
  next(createError(status.USE_PROXY, 'Use the corporate proxy')); // expect: no-deprecated-status
});

router.get('/gone', (req, res, next) => next(new createError.Gone('Invoice archived')));
router.get('/missing', (req, res, next) => next(createError.NotFound()));
router.get('/too-big', (req, res, next) => next(new createError.PayloadTooLarge()));
router.get('/conflict', (req, res, next) => next(createError(StatusCodes.CONFLICT, 'Duplicate invoice number')));

router.get('/broken', (req, res, next) => {
  const err = createError(502, 'Payment provider failed', { expose: false }); // expect: no-magic-status
  err.retryAfterMs = 500;
  next(err);
});

router.get('/custom', () => {
  throw createError(600, 'out of range'); // expect: no-unknown-status
});

router.get('/frozen', () => {
  throw createError(530, 'Site frozen'); // expect: no-unknown-status
});

router.use((err, req, res, next) => {
  if (res.headersSent) return next(err);
  if (err.headers) res.set(err.headers);
  res.status(err.statusCode ?? 500); // expect: no-magic-status
  res.json({ message: err.expose ? err.message : 'Something went wrong' });
});

module.exports = router;
