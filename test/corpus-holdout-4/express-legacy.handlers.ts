import type { NextFunction, Request, Response } from 'express';
import type { HttpError } from 'http-errors';
import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';
import { legacyHeaders } from './legacy/cors';
import { cache } from './legacy/cache';

const GEO_URL = process.env.GEO_URL ?? 'http://geo.internal/lookup';
const GEO_TIMEOUT_MS = 400;
const MAX_PLACE_LENGTH = 300;

export function ping(_req: Request, res: Response): void {
  res.writeHead(200, { 'Content-Type': 'text/plain' }); // expect: no-magic-status
  res.end('pong');
}

export function cachedBlob(req: Request, res: Response): void {
  const entry = cache.get(req.params.key);
  if (entry && req.get('if-none-match') === entry.etag) {
    res.writeHead(304); // expect: no-magic-status, no-body-with-bodiless-status
    res.end(entry.payload);
    return;
  }
  res.writeHead(StatusCodes.OK, { ETag: entry?.etag ?? '' });
  res.end(entry?.payload ?? '');
}

export function oldHome(_req: Request, res: Response): void {
  res.writeHead(308, { Location: '/v2/home' }); // expect: no-magic-status
  res.end();
}

export function oldAbout(_req: Request, res: Response): void {
  res.writeHead(308, { ...legacyHeaders }); // expect: no-magic-status
  res.end();
}

export function oldContact(_req: Request, res: Response): void {
  res.writeHead(303); // expect: no-magic-status, require-status-headers
  res.end();
}

export function emptyReport(_req: Request, res: Response): void {
  res.statusCode = 205; // expect: no-magic-status
  res.end();
}

export function resetForm(_req: Request, res: Response): void {
  res.statusCode = 205; // expect: no-magic-status, no-body-with-bodiless-status
  res.end('form reset');
}

export function legacyPoll(_req: Request, res: Response): void {
  res.statusCode = 999; // expect: no-unknown-status
  res.end();
}

export async function geoLookup(req: Request, res: Response, next: NextFunction): Promise<void> {
  const place = String(req.query.place ?? '').slice(0, MAX_PLACE_LENGTH);
  try {
    const upstream = await fetch(`${GEO_URL}?q=${encodeURIComponent(place)}`, {
      signal: AbortSignal.timeout(GEO_TIMEOUT_MS),
    });
    if (upstream.status === 404) { // expect: no-magic-status
      res.status(404).json({ error: 'unknown place' }); // expect: no-magic-status
      return;
    }
    if (!upstream.ok || upstream.status >= 500) {
      res.status(502).json({ error: 'geo upstream failed' }); // expect: no-magic-status
      return;
    }
    switch (upstream.status) {
      case 200: // expect: no-magic-status
        res.json(await upstream.json());
        return;
      case 204: // expect: no-magic-status
        res.json([]);
        return;
      default:
        next(createError(502, 'unexpected geo status')); // expect: no-magic-status
    }
  } catch (err) {
    next(err);
  }
}

export function legacyErrorHandler(err: HttpError, req: Request, res: Response, _next: NextFunction): void {
  const expose = Boolean(err.expose);
  if (!expose) {
    console.error(`[legacy] ${req.method} ${req.originalUrl.slice(0, 200)}`, err);
  }
  if (err.statusCode === 503) { // expect: no-magic-status
    res.setHeader('Retry-After', 120);
  }
  res.status(err.status || 500).json({ error: expose ? err.message : 'internal error' }); // expect: no-magic-status
}

export function shutdownOnSignal(): void {
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => setTimeout(() => process.exit(143), 500));
}
