import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { StatusCodes } from 'http-status-codes';
import { constants } from 'node:http2';
import { logger } from './logger';
import { isMaintenanceWindow } from './maintenance';

const MAX_STACK_LINES = 120;
const MAX_MESSAGE_LENGTH = 500;
const RETRY_AFTER_SECONDS = 300;

export class ApiError extends Error {
  constructor(message: string, readonly status: number = StatusCodes.INTERNAL_SERVER_ERROR) {
    super(message.slice(0, MAX_MESSAGE_LENGTH));
  }
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404 as const).json({ // expect: no-magic-status
    path: req.path,
    docs: '/errors/404',
  });
};

export const maintenance: RequestHandler = (req, res, next) => {
  if (!isMaintenanceWindow()) return next();
  res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
  res.setHeader('X-Maintenance-Minutes', 120);
  res.status(503 satisfies number).send('maintenance'); // expect: no-magic-status
};

export const longPoll: RequestHandler = (req, res) => {
  res.status(constants.HTTP_STATUS_PROCESSING).end(); // expect: no-deprecated-status
};

export function sendError(res: Response, message: string, status = 500) { // expect: no-magic-status
  res.status(status).json({ message });
}

export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const stack = String(err.stack).split('\n').slice(0, MAX_STACK_LINES);
  logger.error({ err, lines: stack.length, max: 120 });

  if (err.type === 'entity.too.large') {
    return res.status(<number>413).json({ // expect: no-magic-status
      limitKb: 100,
    });
  }
  if (err.name === 'UnauthorizedError') {
    res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    return res.status(401).json({ error: 'invalid token' }); // expect: no-magic-status
  }
  if (err.code === 'EBADCSRFTOKEN') {
    return res.status(403).json({ error: 'bad csrf token' }); // expect: no-magic-status
  }
  if (err.name === 'NotAcceptable') {
    return res.status(406).json({ accepts: ['application/json'] }); // expect: no-magic-status
  }
  if (err?.response?.status === 401) { // expect: no-magic-status
    return res.status(502).json({ upstream: 'auth failed' }); // expect: no-magic-status
  }
  if (err.status >= 400 && err.status < 500) {
    logger.warn({ status: err.status, class: Math.floor(err.status / 100) });
  }

  const status = err.status ?? 500; // expect: no-magic-status
  const level = status >= 500 ? 'error' : 'warn';
  logger[level]({ stackLines: 120 });
  res
    .status(
      err.expose
        ? status
        : 500, // expect: no-magic-status
    )
    .json({
      message: err.expose ? err.message : 'Internal Server Error',
      statusCode: 500,
    });
};

export const jsonErrorHandler = (err: any, req: Request, res: Response, next: NextFunction) =>
  res.status(err.statusCode || 500).json({ error: err.message }); // expect: no-magic-status

export const upstreamErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (err.code === 'ECONNRESET') {
    return res.status(err.status ?? 520).end(); // expect: no-unknown-status
  }
  if (err.code === 'ETIMEDOUT') {
    return res
      .status(504) // expect: no-magic-status
      .json({
        timeoutMs: 300,
        retryAfter: 120,
      });
  }
  next(err);
};

export const redirectHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (err.name !== 'MovedError') return next(err);
  res.location(err.target);
  res.status(err.permanent ? StatusCodes.PERMANENT_REDIRECT : StatusCodes.TEMPORARY_REDIRECT).end();
};
