import express, { type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';
import { StatusCodes as SC } from 'http-status-codes';
import * as HttpCodes from 'http-status-codes';
import httpStatus from 'http-status';
import { status as hs } from 'http-status';
import { HttpStatus } from '@nestjs/common';
import { HttpStatus as NestStatus } from '@nestjs/common';
import { constants } from 'node:http2';
import * as http2 from 'node:http2';

const router = express.Router();

// Named constants used correctly: nothing to report.
router.get('/ok/1', (req: Request, res: Response) => res.status(StatusCodes.OK).json({ ok: true }));
router.get('/ok/2', (req: Request, res: Response) => res.status(httpStatus.CREATED).json({ id: 1 }));
router.get('/ok/3', (req: Request, res: Response) => res.status(HttpStatus.ACCEPTED).end());
router.get('/ok/4', (req: Request, res: Response) => res.status(constants.HTTP_STATUS_NOT_FOUND).end());
router.get('/ok/5', (req: Request, res: Response) => res.status(SC.CONFLICT).end());
router.get('/ok/6', (req: Request, res: Response) => res.status(HttpCodes.StatusCodes.GONE).end());
router.get('/ok/7', (req: Request, res: Response) => res.sendStatus(hs.NO_CONTENT));
router.get('/ok/8', (req: Request, res: Response) => res.sendStatus(http2.constants.HTTP_STATUS_TOO_MANY_REQUESTS));
router.get('/ok/9', (req: Request, res: Response) => res.redirect(StatusCodes.MOVED_PERMANENTLY, '/ok/1'));
router.get('/ok/10', (req: Request, res: Response) => res.set('Location', '/ok/1').status(StatusCodes.MOVED_TEMPORARILY).end());
router.get('/ok/11', (req: Request, res: Response) => res.set('WWW-Authenticate', 'Bearer').status(NestStatus.UNAUTHORIZED).end());

// Deprecated codes through every import form.
router.get('/dep/1', (req: Request, res: Response) => res.status(StatusCodes.PROCESSING).end()); // expect: no-deprecated-status
router.get('/dep/2', (req: Request, res: Response) => res.status(SC.USE_PROXY).end()); // expect: no-deprecated-status
router.get('/dep/3', (req: Request, res: Response) => res.status(HttpCodes.StatusCodes.PROCESSING).end()); // expect: no-deprecated-status
router.get('/dep/4', (req: Request, res: Response) => res.sendStatus(httpStatus.USE_PROXY)); // expect: no-deprecated-status
router.get('/dep/5', (req: Request, res: Response) => res.sendStatus(hs.SWITCH_PROXY)); // expect: no-deprecated-status
router.get('/dep/6', (req: Request, res: Response) => res.status(HttpStatus.PROCESSING).end()); // expect: no-deprecated-status
router.get('/dep/7', (req: Request, res: Response) => res.status(NestStatus.PROCESSING).end()); // expect: no-deprecated-status
router.get('/dep/8', (req: Request, res: Response) => res.status(constants.HTTP_STATUS_PROCESSING).end()); // expect: no-deprecated-status
router.get('/dep/9', (req: Request, res: Response) => res.status(http2.constants.HTTP_STATUS_USE_PROXY).end()); // expect: no-deprecated-status
router.get('/dep/10', (req: Request, res: Response) => res.status(httpStatus.SWITCH_PROXY).end()); // expect: no-deprecated-status
router.get('/dep/11', (req: Request, res: Response) => res.status(HttpCodes.StatusCodes.USE_PROXY).end()); // expect: no-deprecated-status

// Non-standard codes behind library constants.
router.get('/unk/1', (req: Request, res: Response) => res.status(StatusCodes.METHOD_FAILURE).end()); // expect: no-unknown-status
router.get('/unk/2', (req: Request, res: Response) => res.status(SC.INSUFFICIENT_SPACE_ON_RESOURCE).end()); // expect: no-unknown-status
router.get('/unk/3', (req: Request, res: Response) => res.status(HttpStatus.CONTENT_DIFFERENT).end()); // expect: no-unknown-status
router.get('/unk/4', (req: Request, res: Response) => res.status(NestStatus.UNRECOVERABLE_ERROR).end()); // expect: no-unknown-status
router.get('/unk/5', (req: Request, res: Response) => res.status(constants.HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED).end()); // expect: no-unknown-status
router.get('/unk/6', (req: Request, res: Response) => res.status(HttpCodes.StatusCodes.METHOD_FAILURE).end()); // expect: no-unknown-status

// Constants with missing headers or a body on a bodiless status.
router.get('/hdr/1', (req: Request, res: Response) => res.status(StatusCodes.UNAUTHORIZED).json({ error: 'login' })); // expect: require-status-headers
router.get('/hdr/2', (req: Request, res: Response) => res.status(httpStatus.METHOD_NOT_ALLOWED).end()); // expect: require-status-headers
router.get('/hdr/3', (req: Request, res: Response) => res.status(HttpStatus.MOVED_PERMANENTLY).end()); // expect: require-status-headers
router.get('/hdr/4', (req: Request, res: Response) => res.status(constants.HTTP_STATUS_UPGRADE_REQUIRED).send('upgrade')); // expect: require-status-headers
router.get('/hdr/5', (req: Request, res: Response) => res.status(SC.PROXY_AUTHENTICATION_REQUIRED).end()); // expect: require-status-headers
router.get('/hdr/6', (req: Request, res: Response) => res.status(hs.SEE_OTHER).send('see /orders')); // expect: require-status-headers
router.get('/body/1', (req: Request, res: Response) => res.status(StatusCodes.NO_CONTENT).json({ ok: true })); // expect: no-body-with-bodiless-status
router.get('/body/2', (req: Request, res: Response) => res.status(hs.NOT_MODIFIED).send('cached')); // expect: no-body-with-bodiless-status
router.get('/body/3', (req: Request, res: Response) => res.status(HttpStatus.RESET_CONTENT).send('reset')); // expect: no-body-with-bodiless-status
router.get('/body/4', (req: Request, res: Response) => res.status(StatusCodes.PROCESSING).send('wait')); // expect: no-deprecated-status, no-body-with-bodiless-status
router.get('/body/5', (req: Request, res: Response) => res.status(StatusCodes.NO_CONTENT).end());

// Constants compared with status reads.
export async function check(url: string) {
  const response = await fetch(url);
  if (response.status === StatusCodes.NOT_FOUND) return null;
  if (response.status === hs.NO_CONTENT) return undefined;
  return response.json();
}

// Local names that merely look like library constants.
enum JobState { PROCESSING = 'processing', DONE = 'done' }
const proxySettings = { USE_PROXY: false };
export function isBusy(job: { state: JobState }) {
  return job.state === JobState.PROCESSING && !proxySettings.USE_PROXY;
}

export default router;
