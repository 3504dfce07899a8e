'use strict';

// Server-side code full of numbers that are not HTTP statuses. No line in this file may be reported.
const express = require('express');
const mongoose = require('mongoose');
const { createProxyMiddleware } = require('http-proxy-middleware');
const rateLimit = require('express-rate-limit');
const sharp = require('sharp');

const config = {
  server: { port: 443, keepAliveTimeout: 500, headersTimeout: 600 },
  limits: { json: 100 * 1024, maxFiles: 200 },
  cors: { maxAge: 600 },
  mail: { port: 587, secure: false },
  ldap: { port: 389 },
};

const UserSchema = new mongoose.Schema({
  name: { type: String, maxlength: 255 },
  bio: { type: String, maxlength: 500 },
  credits: { type: Number, min: 100, max: 599 },
  status: { type: Number, default: 200 },
});

const app = express();
app.use(rateLimit({ windowMs: 60 * 1000, limit: 300 }));
app.use('/legacy', createProxyMiddleware({ target: 'http://legacy:8080', proxyTimeout: 500, timeout: 400 }));

function formatDuration(ms) {
  return ms > 500 ? `${(ms / 1000).toFixed(1)}s` : `${ms}ms`;
}

function setCaching(res) {
  res.set('Cache-Control', 'public, max-age=300');
  res.set('Retry-After', 120);
  res.setHeader('Content-Length', 204);
  res.setHeader('X-RateLimit-Limit', 500);
}

app.get('/thumb/:id', async (req, res) => {
  const image = await sharp(`./images/${req.params.id}.png`).resize(320, 200).jpeg({ quality: 100 }).toBuffer();
  setCaching(res);
  res.type('jpeg').send(image);
});

app.get('/stats', (req, res) => {
  const stats = { requests: 404, errors: 500, p99: 301, uptimeDays: 365 };
  res.json(stats);
});

app.get('/problem', (req, res) => {
  res.status(req.app.locals.defaultStatus).send({ error: { code: 404, message: 'Not found' } });
});

app.get('/items', (req, res) => {
  const page = Number(req.query.page) || 1;
  const size = Number(req.query.size) || 100;
  const items = Array.from({ length: 500 }, (_, i) => ({ id: i + 100, score: (i * 7) % 600 }));
  res.json(items.slice((page - 1) * size, page * size));
});

function classify(res) {
  if (res.statusCode >= 500) return 'server';
  if (res.statusCode >= 400) return 'client';
  if (res.statusCode >= 300 && res.statusCode <= 399) return 'redirect';
  return 'ok';
}

function logResponse(res, durationMs) {
  console.log(JSON.stringify({ status: classify(res), durationMs, slow: durationMs > 300 }));
}

const keyCodes = { F1: 112, F2: 113, F12: 123 };
const audio = { a4: 440, bpm: 120, sampleRateKhz: 441 };
const angles = [180, 270, 360];
process.on('SIGTERM', () => process.exit(143));
process.exitCode = 130;

const ticket = { id: 101, state: 'open', priority: 300 };
if (ticket.priority === 300 && ticket.id !== 404) console.log('urgent');

app.listen(config.server.port);

module.exports = { config, UserSchema, formatDuration, classify, logResponse, keyCodes, audio, angles };
