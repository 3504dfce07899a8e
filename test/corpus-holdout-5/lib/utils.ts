import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}

export function formatBytes(bytes: number, decimals = 1): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i += 1;
  }
  return `${value.toFixed(decimals)} ${units[i]}`;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
export const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 100));
export const padId = (n: number) => String(n).padStart(3, '0');
export const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

export function truncate(text: string, max = 280): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait = 250) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

export function relativeTime(date: Date, now = new Date()): string {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  if (seconds < 120) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 180) return `${minutes} min ago`;
  const days = Math.round(minutes / 1440);
  if (days < 365) return `${days} d ago`;
  return date.getFullYear().toString();
}

export function formatDate(iso: string) {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(iso));
}

export const HTTP_STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request',
  401: 'Please sign in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

export function describeStatus(status: number): string {
  return HTTP_STATUS_DESCRIPTIONS[status] ?? (status >= 500 ? 'Server error' : 'Request failed');
}

export const isClientError = (s: number) => s >= 400 && s < 500;
export const isServerError = (s: number) => s >= 500 && s <= 599;
export const isSuccess = (s: number) => s >= 200 && s < 300;
export const statusClass = (s: number) => Math.floor(s / 100);

export const palette = {
  gray: { 100: '#f3f4f6', 200: '#e5e7eb', 300: '#d1d5db', 400: '#9ca3af', 500: '#6b7280', 600: '#4b5563' },
  blue: { 100: '#dbeafe', 200: '#bfdbfe', 300: '#93c5fd', 400: '#60a5fa', 500: '#3b82f6', 600: '#2563eb' },
  red: { 100: '#fee2e2', 300: '#fca5a5', 500: '#ef4444', 600: '#dc2626' },
  brand: '#ff5a1f',
};

export const fontWeights = { light: 300, normal: 400, medium: 500, semibold: 600, bold: 700 };
export const breakpoints = { xs: 375, sm: 576, md: 768, lg: 992, xl: 1200 };
export const durations = { fast: 150, normal: 300, slow: 500 };
export const zIndex = { dropdown: 100, sticky: 200, modal: 300, toast: 400 };
export const avatarSizes = [128, 256, 512] as const;

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgba(hex: string, alpha: number) {
  const [r, g, b] = hexToRgb(hex);
  return `rgba(${clamp(r, 0, 255)}, ${clamp(g, 0, 255)}, ${clamp(b, 0, 255)}, ${alpha})`;
}

export const toRadians = (deg: number) => (deg * Math.PI) / 180;
export const ROTATIONS = [90, 180, 270, 360];
export const FILE_MODE = 0o644;
export const HEX_LIMIT = 0x1f4;
export const BIG_ID = 200n;
export const OFFSET = -404;
export const SCIENTIFIC = 2e2;

export const DEFAULT_PORTS = { https: 443, smtps: 465, submission: 587, imap: 143, ldap: 389 };

export function isPermanentSmtpFailure(err: { responseCode?: number }) {
  return err.responseCode === 550 || err.responseCode === 551 || err.responseCode === 553;
}

export function isTemporarySmtpFailure(err: { responseCode?: number }) {
  return err.responseCode === 421 || err.responseCode === 450 || err.responseCode === 451;
}

export const limits = {
  maxUsernameLength: 255,
  maxTitleLength: 140,
  pageSize: 100,
  maxPageSize: 500,
  searchDebounceMs: 300,
  toastDurationMs: 400,
  thumbnailWidths: [160, 320, 480],
};

export function sampleRows<T>(rows: T[]): T[] {
  return rows.slice(0, 200).filter((_, i) => i % 3 === 0);
}

export const fixtures = { id: 201, price: 199, line: 404, userId: 500, days: 365, year: 2024 };
