import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { applySecurityHeaders } from './security-headers';

const MAX_TOKEN_LENGTH = 4096;
const CLOCK_TOLERANCE_SECONDS = 120;
const REFRESH_WINDOW_SECONDS = 300;
const MIN_SUPPORTED_BUILD = 210;
const BURST_LIMIT = 300;

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.get<boolean>('isPublic', context.getHandler())) {
      return true;
    }
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: unknown }>();
    const res = http.getResponse<Response>();
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="api"');
      throw new UnauthorizedException();
    }
    const token = header.slice(7);
    if (token.length > MAX_TOKEN_LENGTH) {
      throw new HttpException('Token too large', 431); // expect: no-magic-status
    }
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string; exp: number }>(token, {
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const now = Math.floor(Date.now() / 1000);
      if (payload.exp - now < REFRESH_WINDOW_SECONDS) {
        res.setHeader('X-Token-Refresh', '1');
      }
      req.user = payload;
      return true;
    } catch {
      throw new HttpException('Invalid or expired token', 401); // expect: no-magic-status
    }
  }
}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.header('x-api-key');
    if (!key) {
      res
        .status(401) // expect: no-magic-status, require-status-headers
        .json({ message: 'API key missing' });
      return false;
    }
    if (key.length < 32 || key.length > 128) {
      res.status(HttpStatus.BAD_REQUEST).json({ message: 'Malformed API key' });
      return false;
    }
    if (req.header('via') && !req.header('proxy-authorization')) {
      res.status(407).end(); // expect: no-magic-status, require-status-headers
      return false;
    }
    return true;
  }
}

@Injectable()
export class RevokedKeyGuard implements CanActivate {
  constructor(private readonly revoked: Set<string>) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.header('x-api-key') ?? '';
    if (this.revoked.has(key)) {
      res.setHeader('WWW-Authenticate', 'ApiKey realm="partners"');
      res.status(401).json({ message: 'API key revoked' }); // expect: no-magic-status
      return false;
    }
    return true;
  }
}

@Injectable()
export class InternalChannelGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.header('x-client-channel') === 'internal') {
      applySecurityHeaders(res);
      res.status(401).end(); // expect: no-magic-status
      return false;
    }
    return true;
  }
}

@Injectable()
export class ClientVersionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const build = Number(req.header('x-client-build') ?? '0');
    if (build < MIN_SUPPORTED_BUILD) {
      res.status(426).json({ message: 'Please update the app' }); // expect: no-magic-status, require-status-headers
      return false;
    }
    return true;
  }
}

@Injectable()
export class BurstGuard implements CanActivate {
  private readonly hits = new Map<string, number>();

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const ip = req.ip ?? 'unknown';
    const count = (this.hits.get(ip) ?? 0) + 1;
    this.hits.set(ip, count);
    if (count > BURST_LIMIT) {
      res.setHeader('Retry-After', 120);
      res.status(HttpStatus.TOO_MANY_REQUESTS).json({ message: 'Slow down' });
      return false;
    }
    if (req.header('x-legacy-proxy') === '1') {
      res.status(HttpStatus.UNAUTHORIZED).send(); // expect: require-status-headers
      return false;
    }
    return true;
  }
}
