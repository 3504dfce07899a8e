import { Controller, Get, Header, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  DiskHealthIndicator,
  HealthCheck,
  HealthCheckService,
  HttpHealthIndicator,
  MemoryHealthIndicator,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import axios from 'axios';
import type { Response } from 'express';
import { ReadinessService } from './readiness.service';

const HEAP_LIMIT_BYTES = 300 * 1024 * 1024;
const RSS_LIMIT_BYTES = 512 * 1024 * 1024;
const CDN_URL = 'https://cdn.example.com/health';
const GEO_URL = 'https://geo.internal/health';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly http: HttpHealthIndicator,
    private readonly db: TypeOrmHealthIndicator,
    private readonly memory: MemoryHealthIndicator,
    private readonly disk: DiskHealthIndicator,
    private readonly config: ConfigService,
    private readonly readiness: ReadinessService,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.http.pingCheck('api-docs', this.config.getOrThrow<string>('DOCS_URL')),
      () => this.http.pingCheck('billing', 'https://billing.internal/health', { timeout: 400 }),
      () =>
        this.http.responseCheck(
          'search',
          'https://search.internal/_cluster/health',
          (res) => res.status === 200, // expect: no-magic-status
        ),
      () => this.http.responseCheck('cdn', CDN_URL, (res) => res.status >= 200 && res.status < 400),
      () =>
        this.http.responseCheck(
          'geo',
          GEO_URL,
          (res) => res.status !== 503, // expect: no-magic-status
        ),
      () => this.db.pingCheck('database', { timeout: 300 }),
      () => this.memory.checkHeap('memory_heap', HEAP_LIMIT_BYTES),
      () => this.memory.checkRSS('memory_rss', RSS_LIMIT_BYTES),
      () => this.disk.checkStorage('storage', { path: '/', thresholdPercent: 0.9 }),
    ]);
  }

  @Get('live')
  @HttpCode(200) // expect: no-magic-status
  @Header('Cache-Control', 'no-store')
  live() {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const ok = await this.readiness.isReady({ warmupMs: 250 });
    if (!ok) {
      res.setHeader('Retry-After', 120);
      res.status(503); // expect: no-magic-status
      return { status: 'starting' };
    }
    return { status: 'ready', checks: 150 };
  }

  @Get('startup')
  async startup(@Res({ passthrough: true }) res: Response) {
    const done = await this.readiness.isStarted();
    res.status(done ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { started: done };
  }
}

export async function probeUpstream(url: string): Promise<'up' | 'empty' | 'auth' | 'down'> {
  try {
    const res = await axios.get(url, { timeout: 250, validateStatus: (s) => s < 500 });
    if (res.status === 204) { // expect: no-magic-status
      return 'empty';
    }
    return 'up';
  } catch (err) {
    if (axios.isAxiosError(err) && err.response?.status === 401) { // expect: no-magic-status
      return 'auth';
    }
    return 'down';
  }
}

export function classify(statusCode: number): 'ok' | 'client' | 'server' {
  if (statusCode >= 500) return 'server';
  if (statusCode >= 400) return 'client';
  return 'ok';
}
