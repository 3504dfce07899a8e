// Shared error types for an Express 4 API and its NestJS sibling service.
import { HttpException, HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

export class AppError extends Error {
  status = 500; // expect: no-magic-status
  expose = false;
  constructor(message: string, public readonly code = 'E_APP') {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  status = 404; // expect: no-magic-status
  expose = true;
}

export class ForbiddenError extends Error {
  statusCode = 403; // expect: no-magic-status
}

export class ValidationError extends Error {
  readonly status = 422; // expect: no-magic-status
  readonly maxIssues = 100;
  constructor(public readonly issues: string[]) {
    super(`${issues.length} validation issue(s)`);
  }
}

export class ConflictError extends Error {
  statusCode: number;
  constructor(message = 'Conflict') {
    super(message);
    this.statusCode = 409; // expect: no-magic-status
  }
}

// Not an error: a background job with progress percentages and a priority.
export class UploadJob {
  progress = 100;
  priority = 300;
  code = 'UPLOAD';
}

// NestJS exceptions with statuses Nest has no class for.
export class GoneException extends HttpException {
  constructor(resource: string) {
    super(`${resource} is gone`, 410); // expect: no-magic-status
  }
}

export class EnhanceYourCalmException extends HttpException {
  constructor() {
    super('Enhance your calm', 420); // expect: no-unknown-status
  }
}

export class StillProcessingException extends HttpException {
  constructor() {
    super({ message: 'Still processing' }, HttpStatus.PROCESSING); // expect: no-deprecated-status
  }
}

export class ContentDifferentException extends HttpException {
  constructor() {
    super('Content differs from the cached copy', HttpStatus.CONTENT_DIFFERENT); // expect: no-unknown-status
  }
}

export class UnrecoverableException extends HttpException {
  constructor(reason: string) {
    super({ reason, retry: false }, HttpStatus.UNRECOVERABLE_ERROR); // expect: no-unknown-status
  }
}

export class LockedException extends HttpException {
  constructor() {
    super('Resource locked', HttpStatus.LOCKED);
  }
}

export function assertTenant(tenantId?: string) {
  if (!tenantId) {
    throw new HttpException('Tenant header missing', 401); // expect: no-magic-status
  }
}

// Express 4 middleware
export function notFound(req: Request, _res: Response, next: NextFunction) {
  const err: any = new Error(`No route for ${req.method} ${req.originalUrl}`);
  err.statusCode = 404; // expect: no-magic-status
  next(err);
}

export function requireAdmin(req: Request, _res: Response, next: NextFunction) {
  if (!(req as any).user?.isAdmin) {
    const err: any = new Error('Admins only');
    err.status = 403; // expect: no-magic-status
    return next(err);
  }
  next();
}

export function errorHandler(err: any, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(err);
  if (err.type === 'entity.too.large') {
    return res.status(413).json({ error: 'payload too large', limit: '100kb' }); // expect: no-magic-status
  }
  if (err.name === 'UnauthorizedError') {
    return res.status(401).json({ error: 'invalid token' }); // expect: no-magic-status, require-status-headers
  }
  if (err.name === 'BasicAuthError') {
    return res.status(401).set('WWW-Authenticate', 'Basic realm="api"').json({ error: 'login' }); // expect: no-magic-status
  }
  if (err.name === 'OriginError') {
    return res.status(520).json({ error: 'origin returned an unknown error' }); // expect: no-unknown-status
  }
  const status = err.status ?? err.statusCode ?? 500; // expect: no-magic-status
  if (status >= 500) {
    console.error(err.stack?.slice(0, 500));
  }
  res.status(status).json({ error: status < 500 ? err.message : 'Internal Server Error' });
}

export function legacyErrorHandler(err: any, _req: Request, res: Response, _next: NextFunction) {
  res.status(err.status || 500); // expect: no-magic-status
  res.json({ status: 500, message: err.message, data: null });
}
