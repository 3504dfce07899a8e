'use strict';

// CommonJS forms of the constant libraries, used from Express and Koa handlers.
const express = require('express');
const Koa = require('koa');
const { StatusCodes: Codes } = require('http-status-codes');
const { status } = require('http-status');
const httpStatusModule = require('http-status');
const { constants: h2 } = require('node:http2');
const { HttpStatus } = require('@nestjs/common');

const app = express();

app.get('/fine', (req, res) => res.status(Codes.OK).json({ ok: true }));
app.get('/fine/2', (req, res) => res.status(status.ACCEPTED).end());
app.get('/fine/3', (req, res) => res.status(h2.HTTP_STATUS_NOT_FOUND).end());
app.get('/fine/4', (req, res) => res.status(HttpStatus.BAD_REQUEST).json({ error: 'bad' }));
app.get('/fine/5', (req, res) => res.status(httpStatusModule.status.CONFLICT).end());

app.get('/dep/1', (req, res) => res.status(Codes.PROCESSING).end()); // expect: no-deprecated-status
app.get('/dep/2', (req, res) => res.status(status.USE_PROXY).end()); // expect: no-deprecated-status
app.get('/dep/3', (req, res) => res.status(httpStatusModule.status.SWITCH_PROXY).end()); // expect: no-deprecated-status
app.get('/dep/4', (req, res) => res.status(h2.HTTP_STATUS_USE_PROXY).end()); // expect: no-deprecated-status
app.get('/dep/5', (req, res) => res.sendStatus(HttpStatus.PROCESSING)); // expect: no-deprecated-status

app.get('/unk/1', (req, res) => res.status(Codes.METHOD_FAILURE).end()); // expect: no-unknown-status
app.get('/unk/2', (req, res) => res.status(h2.HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED).end()); // expect: no-unknown-status
app.get('/unk/3', (req, res) => res.status(HttpStatus.UNRECOVERABLE_ERROR).end()); // expect: no-unknown-status

app.get('/hdr/1', (req, res) => res.status(status.UNAUTHORIZED).end()); // expect: require-status-headers
app.get('/hdr/2', (req, res) => res.status(Codes.TEMPORARY_REDIRECT).end()); // expect: require-status-headers
app.get('/hdr/3', (req, res) => res.set('Allow', 'GET').status(Codes.METHOD_NOT_ALLOWED).end());
app.get('/body/1', (req, res) => res.status(h2.HTTP_STATUS_NO_CONTENT).send('x')); // expect: no-body-with-bodiless-status

const koa = new Koa();
koa.use(async (ctx, next) => {
  if (ctx.path === '/long-task') {
    ctx.status = status.PROCESSING; // expect: no-deprecated-status
    return;
  }
  if (ctx.path === '/calm') {
    ctx.status = Codes.METHOD_FAILURE; // expect: no-unknown-status
    return;
  }
  if (ctx.path === '/moved') {
    ctx.status = Codes.PERMANENT_REDIRECT; // expect: require-status-headers
    return;
  }
  if (ctx.path === '/gone-quiet') {
    ctx.status = status.NO_CONTENT; // expect: no-body-with-bodiless-status
    ctx.body = 'nothing here';
    return;
  }
  await next();
});

module.exports = { app, koa };
