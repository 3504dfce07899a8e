/*
 * Dashboard config, theme tokens and misc utilities.
 * Nothing in this module sends or checks an HTTP status. Numbers like 404 or 500 below are data.
 */
import { chmodSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { z } from 'zod';

export const NOT_FOUND = 404;
export const SERVER_ERROR = 500;
export const HTTP_OK = 200;
export const UPGRADE_REQUIRED = 426;

export enum OrderStatus {
  Pending = 100,
  Paid = 200,
  Shipped = 300,
  Cancelled = 400,
}

export enum Priority { Low = 100, Normal = 200, High = 300, Blocker = 500 }

export const theme = {
  breakpoints: { sm: 576, md: 768, lg: 992, xl: 1200 },
  fontWeight: { light: 300, regular: 400, medium: 500, semibold: 600 },
  zIndex: { dropdown: 100, sticky: 200, modal: 400, toast: 500 },
  colors: { gray: { 100: '#f3f4f6', 200: '#e5e7eb', 300: '#d1d5db', 500: '#6b7280' } },
  transition: { duration: 200, easing: 'ease-out' },
  sidebar: { width: 280, collapsedWidth: 64 },
};

export const viewports = [320, 375, 414, 430];
export const accent = theme.colors.gray[500];
export const canvas = { width: 400, height: 300, rotate: 180 };
export const retryPolicy = { retries: 3, minTimeout: 100, maxTimeout: 500, factor: 2 };
export const rateLimitOptions = { windowMs: 60_000, limit: 100, message: 'Too many requests (429)' };
export const smtpPorts = [25, 465, 587];
export const mailServer = { host: 'smtp.example.com', port: 587, pool: true, maxConnections: 5 };
export const ldap = { url: 'ldaps://dir.example.com', port: 389, timeout: 500 };

export const errorPages: Record<number, string> = { 404: 'pages/404.tsx', 500: 'pages/500.tsx' };
export const staticRoutes = ['/404', '/500', '/status/200'];
export const banner = `Error 404: the page you wanted is on vacation (since ${2021 + 3}).`;

export const profileSchema = z.object({
  handle: z.string().min(3).max(30),
  bio: z.string().max(500).optional(),
  tweet: z.string().max(280),
  age: z.number().int().min(13).max(120),
});

export type Order = { id: number; status: OrderStatus; total: number };

export const sampleOrders: Order[] = [
  { id: 201, status: 200, total: 199 },
  { id: 404, status: 300, total: 451 },
  { id: 503, status: OrderStatus.Cancelled, total: 120 },
];

export const sampleJob = { name: 'reindex', status: 202, attempts: 3, backoffMs: 250 };
export const samplePayment = { provider: 'acme', status: 100, amountCents: 49900, currency: 'EUR' };

export class Task {
  status = 100;
  progress = 0;
  advance(): void {
    this.progress = Math.min(this.progress + 25, 100);
    this.status = this.progress === 100 ? 300 : 200;
  }
}

export function shippedCount(orders: Order[]): number {
  return orders.filter((order) => order.status >= 200 && order.status < 400).length;
}

export function statusFamily(code: number): number {
  return Math.floor(code / 100);
}

export function isServerError(code: number): boolean {
  return code >= 500 && code <= 599;
}

export function percent(done: number, total: number): number {
  return Math.round((done / total) * 100);
}

export function excerpt(text: string): string {
  return text.length > 280 ? `${text.slice(0, 277)}...` : text;
}

export function debounce<T extends (...args: unknown[]) => void>(fn: T, wait = 300): T {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return ((...args: unknown[]) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  }) as T;
}

export async function sendDigest(to: string): Promise<string> {
  const transport = nodemailer.createTransport(mailServer);
  try {
    await transport.sendMail({ to, subject: 'Weekly digest', text: 'Top 100 items this week' });
    return 'sent';
  } catch (err) {
    const smtp = err as { responseCode?: number };
    if (smtp.responseCode === 550) return 'mailbox unavailable';
    if (smtp.responseCode === 421 || smtp.responseCode === 450) return 'retry later';
    throw err;
  }
}

export function sendProblem(res: { json(body: unknown): void }, detail: string): void {
  res.json({ code: 404, title: 'Not Found', detail });
}

export function writePidFile(path: string): void {
  chmodSync(path, 0o644);
}

export const literalForms = { hex: 0x1f4, octal: 0o600, exp: 2e2, big: 200n, negative: -404, separated: 1_000 };
export const audio = { tuningHz: 440, bpm: 120, sampleRate: 44_100 };
export const calendar = { daysPerYear: 365, maxPageSize: 100, maxExport: 500 };

export function onKey(event: { keyCode: number }): string {
  return event.keyCode === 112 ? 'help' : 'other';
}

export function shutdown(signal: string): never {
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

// A note for readers: res.status(404) and reply.code(500) appear only in this comment.
export const docsHint = 'Call res.status(404) when the record is missing; never res.status(200) with an error body.';
