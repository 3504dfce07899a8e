// Gateway routes written against several status-constant libraries.
// (Each block used to live in its own module; merged here for the migration.)
import { Router, type Request, type Response } from 'express';
import { ReasonPhrases, StatusCodes, getReasonPhrase } from 'http-status-codes';
import { StatusCodes as SC } from 'http-status-codes';
import * as HSC from 'http-status-codes';
import { HttpException, HttpStatus, HttpStatus as NestStatus } from '@nestjs/common';
import { status } from 'http-status';
import { constants } from 'node:http2';
import * as http2 from 'node:http2';

const gateway = Router();
const GONE = StatusCodes.GONE;
const SLOW_MS = 250;

// ---- http-status-codes
gateway.get('/a/ok', (_req: Request, res: Response) => {
  res.status(StatusCodes.OK).json({ phrase: ReasonPhrases.OK });
});

gateway.post('/a/render', (_req, res) => {
  res.status(StatusCodes.PROCESSING).end(); // expect: no-deprecated-status
});

gateway.get('/a/mirror', (_req, res) => {
  res.status(SC.USE_PROXY).end(); // expect: no-deprecated-status
});

gateway.post('/a/render2', (_req, res) => {
  res.status(HSC.StatusCodes.PROCESSING).end(); // expect: no-deprecated-status
});

gateway.post('/a/lock', (_req, res) => {
  res.status(StatusCodes.METHOD_FAILURE).json({ error: 'lock failed' }); // expect: no-unknown-status
});

gateway.post('/a/store', (_req, res) => {
  res.status(SC.INSUFFICIENT_SPACE_ON_RESOURCE).end(); // expect: no-unknown-status
});

gateway.post('/a/store2', (_req, res) => {
  res.status(HSC.StatusCodes.METHOD_FAILURE).end(); // expect: no-unknown-status
});

gateway.get('/a/me', (_req, res) => {
  res.status(StatusCodes.UNAUTHORIZED).json({ error: 'login' }); // expect: require-status-headers
});

gateway.get('/a/me2', (_req, res) => {
  res.set('WWW-Authenticate', 'Bearer');
  res.status(StatusCodes.UNAUTHORIZED).json({ error: 'login' });
});

gateway.get('/a/tmp', (_req, res) => {
  res.status(SC.TEMPORARY_REDIRECT).set('Location', '/a/ok').end();
});

gateway.delete('/a/item', (_req, res) => {
  res.status(StatusCodes.NO_CONTENT).json({ deleted: true }); // expect: no-body-with-bodiless-status
});

gateway.get('/a/gone', (_req, res) => {
  res.status(GONE).send(getReasonPhrase(GONE));
});

// ---- @nestjs/common HttpStatus
gateway.post('/b/job', (_req, res) => {
  res.status(HttpStatus.PROCESSING).end(); // expect: no-deprecated-status
});

gateway.get('/b/diff', (_req, res) => {
  res.status(HttpStatus.CONTENT_DIFFERENT).json({ partial: true }); // expect: no-unknown-status
});

gateway.get('/b/cached', (_req, res) => {
  res.status(HttpStatus.NOT_MODIFIED).send('cached copy'); // expect: no-body-with-bodiless-status
});

gateway.all('/b/only-get', (_req, res) => {
  res.status(HttpStatus.METHOD_NOT_ALLOWED).end(); // expect: require-status-headers
});

export function nestGuards(kind: string): never {
  if (kind === 'queue') throw new HttpException('queued', NestStatus.PROCESSING); // expect: no-deprecated-status
  if (kind === 'broken') throw new HttpException('unrecoverable', NestStatus.UNRECOVERABLE_ERROR); // expect: no-unknown-status
  throw new HttpException('gone', HttpStatus.GONE);
}

// ---- http-status v2
gateway.get('/c/proxy', (_req, res) => {
  res.status(status.USE_PROXY).end(); // expect: no-deprecated-status
});

gateway.get('/c/switch', (_req, res) => {
  res.sendStatus(status.SWITCH_PROXY); // expect: no-deprecated-status
});

gateway.get('/c/moved', (_req, res) => {
  res.status(status.PERMANENT_REDIRECT).end(); // expect: require-status-headers
});

gateway.get('/c/moved2', (_req, res) => {
  res.location('/c/new').status(status.PERMANENT_REDIRECT).end();
});

gateway.post('/c/form', (_req, res) => {
  res.status(status.RESET_CONTENT).send('cleared'); // expect: no-body-with-bodiless-status
});

gateway.get('/c/missing', (_req, res) => {
  res.status(status.NOT_FOUND).json({ error: status[status.NOT_FOUND] });
});

// ---- node:http2 constants
gateway.post('/d/work', (_req, res) => {
  res.status(constants.HTTP_STATUS_PROCESSING).end(); // expect: no-deprecated-status
});

gateway.get('/d/via-proxy', (_req, res) => {
  res.status(http2.constants.HTTP_STATUS_USE_PROXY).end(); // expect: no-deprecated-status
});

gateway.get('/d/upgrade', (_req, res) => {
  res.status(constants.HTTP_STATUS_UPGRADE_REQUIRED).send('use h2c'); // expect: require-status-headers
});

gateway.get('/d/ok', (_req, res) => {
  res.status(constants.HTTP_STATUS_OK).json({ latencyBudgetMs: SLOW_MS });
});

// ---- reading statuses with constants is fine
export async function probe(url: string): Promise<string> {
  const upstream = await fetch(url, { signal: AbortSignal.timeout(SLOW_MS * 2) });
  if (upstream.status === StatusCodes.NOT_FOUND) return 'missing';
  if (upstream.status === HttpStatus.UNAUTHORIZED) return 'auth';
  if (upstream.status === status.TOO_MANY_REQUESTS) return 'throttled';
  return getReasonPhrase(upstream.status);
}

export default gateway;
