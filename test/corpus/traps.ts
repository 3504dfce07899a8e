// Numbers between 100 and 599 that are NOT HTTP statuses. No line in this file may be reported.
import { setTimeout as sleep } from 'node:timers/promises';
import { chmod, writeFile } from 'node:fs/promises';
import nodemailer from 'nodemailer';
import { debounce } from 'lodash-es';
import type { Response as ExpressResponse } from 'express';
import type { FastifyReply } from 'fastify';

declare const colors: Record<string, Record<number, string>>;
declare function recalc(): void;

// Type positions: literal types in contracts.
export type ApiResult<T> = { status: 200; body: T } | { status: 404; body: { message: string } } | { status: 500 };
export type RedirectCode = 301 | 302 | 307 | 308;
export interface ProblemShape { status: 400 | 422; title: string }

// Definitions of named constants and enum members.
export const NOT_FOUND = 404;
export const HTTP_OK = 200;
export enum AppStatus { Ok = 200, Created = 201, NotFound = 404, Processing = 102 }
export const codes = { ok: 200, missing: 404, useProxy: 305 } as const;

// Time
export const REQUEST_TIMEOUT_MS = 500;
setTimeout(() => recalc(), 500);
export const onResize = debounce(() => recalc(), 300);
export const retryPolicy = { retries: 3, minTimeout: 100, maxTimeout: 500, factor: 2 };
export const cacheOptions = { ttl: 600, maxAge: 300, staleWhileRevalidate: 120 };
export async function backoff(attempt: number) { await sleep(200 * 2 ** attempt); }

// Sizes, limits, pagination
export function excerpt(text: string) { return text.length > 280 ? `${text.slice(0, 277)}...` : text; }
export const pagination = { limit: 100, pageSize: 200, take: 500 };
export const MAX_NAME_LENGTH = 255;
export const scratch = Buffer.alloc(512);

// UI numbers
export const theme = {
  typography: { fontWeightRegular: 400, fontWeightMedium: 500, fontWeightBold: 600 },
  zIndex: { appBar: 100, modal: 300, tooltip: 500 },
  breakpoints: { sm: 576, md: 768 },
};
export const headingStyle = { fontWeight: 500, width: 404, height: 300, lineHeight: 1.5 };
export const palette = { primary: colors.blue[500], muted: colors.gray[400], border: colors.grey[300] };
export const overlay = 'rgb(255, 255, 255)';
export const rotate = (deg = 180) => `rotate(${deg}deg)`;
export const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

// Ports, protocols, processes
export const mailer = nodemailer.createTransport({ host: 'smtp.example.com', port: 465, secure: true });
export const imapPort = 143;
export function onExit(code: number) { if (code === 130 || code === 143) process.exit(130); }
export function isSmtpRejection(err: { responseCode?: number }) { return err.responseCode === 550 || err.responseCode === 421; }
export const ftpReplies = { transferComplete: 226, cantOpenData: 425 };

// Literal forms that are not plain decimals
export async function writeConfig(path: string) {
  await writeFile(path, '{}');
  await chmod(path, 0o644);
}
export const ERROR_MASK = 0x1F4;
export const bigId = 404n;
export const offset = -404;
export const scale = 2e2;
export const thousand = 1_000;

// Domain objects with status/code fields (not HTTP)
interface Order { id: number; status: number; code: number }
export function isApproved(order: Order) { return order.status === 200; }
export function isShipped(order: Order) { return order.status === 300 || order.code === 404; }
export const initialState = { status: 100, items: [] as Order[] };
export const task = { id: 201, status: 400, priority: 500 };

// Range and class checks on real statuses
export function isSuccess(res: Response) { return res.status >= 200 && res.status < 300; }
export function isServerError(res: Response) { return Math.floor(res.status / 100) === 5; }
export function isClientError(status: number) { return status >= 400 && status <= 499; }
export const isRedirect = (res: Response) => res.status > 299 && res.status < 400;

// Values inside response bodies
export function sendError(res: ExpressResponse) {
  res.json({ statusCode: 404, error: 'Not Found' });
}
export function respond(reply: FastifyReply) {
  return reply.send({ code: 500, message: 'Internal error' });
}
export function variableStatus(res: ExpressResponse, code: number) {
  res.status(code).json({ retryAfterSeconds: 120 });
}

// Strings and comments: 404, 500, res.status(404), new Response(null, { status: 204 })
export const routes = ['/404', '/500', '404.html', 'pages/404.tsx'];
export const statusText = 'Status 404';
/* res.status(500).json({}) in a block comment is not code */
