import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  RequestTimeoutException,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { StatusCodes as Codes } from 'http-status-codes';
import { Observable, TimeoutError, of, throwError } from 'rxjs';
import { catchError, map, retry, tap, timeout } from 'rxjs/operators';

@Injectable()
export class TimeoutInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      timeout(450),
      retry({ count: 2, delay: 150 }),
      catchError((err: unknown) =>
        err instanceof TimeoutError ? throwError(() => new RequestTimeoutException()) : throwError(() => err),
      ),
    );
  }
}

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');
  private readonly slowThresholdMs = 250;

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const started = Date.now();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap(() => {
        const elapsed = Date.now() - started;
        if (res.statusCode >= 400 || elapsed > this.slowThresholdMs) {
          this.logger.warn(`${req.method} ${req.url.slice(0, 200)} -> ${res.statusCode} in ${elapsed}ms`);
        }
        if (res.statusCode === 429) { // expect: no-magic-status
          this.logger.warn(`rate limited: ${req.ip}`);
        }
        if (Math.floor(res.statusCode / 100) === 5) {
          this.logger.error(`server error on ${req.url}`);
        }
      }),
    );
  }
}

@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = createHash('sha1').update(JSON.stringify(body)).digest('base64').slice(0, 27);
        res.setHeader('ETag', `"${etag}"`);
        if (req.headers['if-none-match'] === `"${etag}"`) {
          res.status(304); // expect: no-magic-status
          return undefined;
        }
        return body;
      }),
    );
  }
}

@Injectable()
export class LongPollInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.header('prefer') === 'respond-async') {
      res.status(Codes.PROCESSING); // expect: no-deprecated-status
    }
    return next.handle();
  }
}

@Injectable()
export class SunsetInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.path.startsWith('/v0/')) {
      res.status(301); // expect: no-magic-status, require-status-headers
      res.json({ message: 'API v0 was retired' });
    }
    res.setHeader('Sunset', 'Sat, 31 Oct 2026 23:59:59 GMT');
    return next.handle();
  }
}

@Injectable()
export class MovedInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.path.startsWith('/old-docs/')) {
      res.setHeader('Location', req.path.replace('/old-docs/', '/docs/'));
      res.status(HttpStatus.MOVED_PERMANENTLY).end();
    }
    if (req.path === '/status') {
      res.status(Codes.NO_CONTENT); // expect: no-body-with-bodiless-status
      res.json({ ok: true });
    }
    return next.handle().pipe(map((data: unknown) => ({ data, servedBy: 'api-7', version: 305 })));
  }
}

@Injectable()
export class PreflightInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Max-Age', 600);
      res.status(204).end(); // expect: no-magic-status
      return of(null);
    }
    return next.handle();
  }
}
