import { registerAs } from '@nestjs/config';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { mkdirSync, writeFileSync } from 'node:fs';

const env = (key: string, fallback: number): number => Number(process.env[key] ?? fallback);

export const httpConfig = registerAs('http', () => ({
  port: env('PORT', 3000),
  httpsPort: 443,
  keepAliveTimeout: 305,
  headersTimeout: 310,
  requestTimeoutMs: env('REQUEST_TIMEOUT_MS', 500),
  bodyLimitKb: 200,
  maxUrlLength: 2048,
  corsMaxAge: 600,
  compressionThreshold: 512,
  shutdownGraceMs: 450,
}));

export const dbConfig = registerAs(
  'db',
  (): TypeOrmModuleOptions => ({
    type: 'postgres',
    host: process.env.DB_HOST ?? 'localhost',
    port: 5432,
    maxQueryExecutionTime: 250,
    cache: { duration: 180 },
    extra: {
      max: 100,
      min: 10,
      idleTimeoutMillis: 300,
      connectionTimeoutMillis: 200,
      statement_timeout: 450,
    },
  }),
);

export const throttlerConfig: ThrottlerModuleOptions = [
  { name: 'short', ttl: 1000, limit: 100 },
  { name: 'medium', ttl: 10000, limit: 300 },
  { name: 'long', ttl: 60000, limit: 500 },
];

export const redisConfig = {
  port: 6379,
  connectTimeout: 400,
  commandTimeout: 150,
  maxRetriesPerRequest: 3,
  retryStrategy: (times: number) => Math.min(times * 150, 500),
};

export const mailConfig = {
  host: 'smtp.example.com',
  port: 587,
  securePort: 465,
  pool: true,
  maxConnections: 5,
  maxMessages: 100,
  rateDelta: 200,
  rateLimit: 100,
};

export const ldapConfig = {
  url: 'ldaps://ldap.example.com',
  plainPort: 389,
  smbPort: 445,
  imapPort: 143,
  pop3Port: 110,
  timeout: 300,
  sizeLimit: 500,
};

export const uploadConfig = {
  maxFileSizeMb: 250,
  maxFiles: 100,
  thumbnailWidth: 320,
  thumbnailHeight: 240,
  previewSizes: [375, 414, 576],
  jpegQuality: 85,
  fileMode: 0o644,
  dirMode: 0o755,
  legacyMode: 0x1f4,
};

export const paginationConfig = { defaultPageSize: 100, maxPageSize: 500, maxCursorLength: 256 };

export const cacheConfig = { ttl: 300, max: 500, staleWhileRevalidate: 120, checkPeriod: 600 };

export const retryConfig = { retries: 3, minTimeout: 100, maxTimeout: 400, factor: 2, jitterMs: 250 };

export const jwtConfig = {
  expiresIn: 900,
  refreshExpiresIn: 604800,
  clockTolerance: 120,
  maxTokenLength: 4096,
  issuerMaxLength: 255,
};

export const uiDefaults = {
  fontWeight: 500,
  headingWeight: 600,
  zIndexModal: 400,
  zIndexToast: 500,
  palette: { primary: 'blue', shade: 400, borderShade: 300 },
  breakpoints: { sm: 576, md: 768 },
  rotation: 270,
};

export const featureFlags = {
  maxBioLength: 500,
  maxTweetLength: 280,
  maxNameLength: 120,
  minPasswordLength: 12,
  passwordHistory: 5,
  sessionIdleMinutes: 180,
  auditRetentionDays: 365,
  auditBatchSize: 200,
};

export function writeRuntimeConfig(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(`${dir}/runtime.json`, JSON.stringify({ ...cacheConfig, ...retryConfig }, null, 2), {
    mode: 0o600,
  });
  const banner = 'config written'.padEnd(120, '.');
  console.log(banner.slice(0, 100));
}
