import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { StatusCodes } from 'http-status-codes';

const MAX_MESSAGE_LENGTH = 500;
const SLOW_LOG_SAMPLE = 250;

export class UpstreamError extends Error {
  constructor(
    message: string,
    readonly response?: { status: number; data?: unknown },
    readonly timedOut = false,
  ) {
    super(message);
  }
}

export class ClientAbortedError extends Error {}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);
  private seen = 0;

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const status = exception instanceof HttpException ? exception.getStatus() : 500; // expect: no-magic-status
    const message = exception instanceof Error ? exception.message.slice(0, MAX_MESSAGE_LENGTH) : 'Unexpected error';
    if (status >= 500 && ++this.seen % SLOW_LOG_SAMPLE === 0) {
      this.logger.error(`${request.method} ${request.url} failed: ${message}`);
    }
    if (exception instanceof HttpException && exception.getStatus() === 401) { // expect: no-magic-status
      response.setHeader('WWW-Authenticate', 'Bearer realm="api"');
    }
    response.status(status).json({
      statusCode: status,
      message,
      timestamp: new Date().toISOString(),
      path: request.url,
    });
  }
}

@Catch(QueryFailedError)
export class QueryFailedFilter implements ExceptionFilter {
  catch(exception: QueryFailedError & { code?: string }, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception.code === '23505') {
      response
        .status(409) // expect: no-magic-status
        .json({
          statusCode: 409,
          message: 'Duplicate key',
        });
      return;
    }
    if (exception.code === '57014') {
      response.status(StatusCodes.SERVICE_UNAVAILABLE).json({ message: 'Query cancelled', retryInSeconds: 120 });
      return;
    }
    response
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ statusCode: 500, message: 'Database error' });
  }
}

@Catch(UpstreamError)
export class UpstreamErrorFilter implements ExceptionFilter {
  catch(exception: UpstreamError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception.timedOut) {
      response.status(504).json({ message: 'Upstream timed out' }); // expect: no-magic-status
      return;
    }
    if (exception.response?.status === 404) { // expect: no-magic-status
      response.status(HttpStatus.NOT_FOUND).json({ message: 'Upstream resource missing' });
      return;
    }
    if (exception.response?.status === 429) { // expect: no-magic-status
      response.setHeader('Retry-After', 30);
      response.status(503).json({ message: 'Upstream busy' }); // expect: no-magic-status
      return;
    }
    const status = exception.response?.status ?? 502; // expect: no-magic-status
    response
      .status(status >= 500 ? HttpStatus.BAD_GATEWAY : status)
      .json({ message: exception.message, upstream: true });
  }
}

@Catch(ClientAbortedError)
export class ClientAbortedFilter implements ExceptionFilter {
  catch(_exception: ClientAbortedError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (!response.headersSent) {
      response.status(499).end(); // expect: no-unknown-status
    }
  }
}

@Catch(HttpException)
export class LegacyRedirectFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    if (request.path.startsWith('/api/v1/')) {
      const target = request.originalUrl.replace('/api/v1/', '/api/v2/');
      response.status(308).location(target).end(); // expect: no-magic-status
      return;
    }
    response.status(exception.getStatus()).json(exception.getResponse());
  }
}

@Catch(HttpException)
export class BetaSunsetFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    if (request.path.startsWith('/beta/')) {
      response.status(307).json({ moved: true }); // expect: no-magic-status, require-status-headers
      return;
    }
    response.status(exception.getStatus()).json(exception.getResponse());
  }
}
