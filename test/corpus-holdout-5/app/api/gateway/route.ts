// Transitional gateway that fronts the old PHP backend while we migrate screens.
import { NextRequest, NextResponse } from 'next/server';
import * as http2 from 'node:http2';
import { StatusCodes as SC } from 'http-status-codes';
import * as codes from 'http-status-codes';
import { status as httpStatus } from 'http-status';
import { constants } from 'node:http2';

const UPSTREAM = process.env.LEGACY_UPSTREAM ?? 'http://legacy.internal:8080';
const UPSTREAM_TIMEOUT_MS = 450;
const MAX_FORWARDED_HEADERS = 120;
const SLOW_REQUEST_MS = 250;

async function forward(req: NextRequest, signal: AbortSignal) {
  const target = new URL(req.nextUrl.pathname.replace(/^\/api\/gateway/, ''), UPSTREAM);
  const headers = new Headers();
  let n = 0;
  req.headers.forEach((value, key) => {
    if (n++ < MAX_FORWARDED_HEADERS) headers.set(key, value.slice(0, 400));
  });
  return fetch(target, { method: req.method, headers, body: req.body, signal, redirect: 'manual' });
}

export async function GET(req: NextRequest) {
  if (req.headers.get('via')?.includes('corp-proxy') && !req.headers.get('proxy-authorization')) {
    return new Response('Proxy authentication required', { status: 407 }); // expect: no-magic-status, require-status-headers
  }
  if (req.headers.get('x-legacy-client') === 'php-sdk') {
    return NextResponse.json({ proxy: UPSTREAM }, { status: 305 }); // expect: no-magic-status, no-deprecated-status
  }
  const controller = new AbortController();
  const started = Date.now();
  const timer = setTimeout(() => controller.abort(), UPSTREAM_TIMEOUT_MS);
  try {
    const upstream = await forward(req, controller.signal);
    if (Date.now() - started > SLOW_REQUEST_MS) console.warn('slow upstream', req.nextUrl.pathname);
    if (upstream.status >= 500) {
      return NextResponse.json({ error: 'Upstream failed' }, { status: 520 }); // expect: no-unknown-status
    }
    return new NextResponse(upstream.body, { status: upstream.status, headers: upstream.headers });
  } catch (err) {
    if (req.signal.aborted) {
      return new Response(null, { status: 499 }); // expect: no-unknown-status
    }
    const detail = String(err).slice(0, 300);
    return NextResponse.json({ error: detail }, { status: 504 }); // expect: no-magic-status
  } finally {
    clearTimeout(timer);
  }
}

export async function POST(req: NextRequest) {
  const mode = req.nextUrl.searchParams.get('mode');
  if (mode === 'queue') {
    return new NextResponse(null, { status: SC.PROCESSING }); // expect: no-deprecated-status
  }
  if (mode === 'proxy') {
    return NextResponse.json({ proxy: UPSTREAM }, { status: codes.StatusCodes.USE_PROXY }); // expect: no-deprecated-status
  }
  if (mode === 'switch') {
    return NextResponse.json({ proxy: UPSTREAM }, { status: httpStatus.SWITCH_PROXY }); // expect: no-deprecated-status
  }
  if (mode === 'h2-processing') {
    return new NextResponse(null, { status: http2.constants.HTTP_STATUS_PROCESSING }); // expect: no-deprecated-status
  }
  if (mode === 'h2-proxy') {
    return NextResponse.json({ proxy: UPSTREAM }, { status: constants.HTTP_STATUS_USE_PROXY }); // expect: no-deprecated-status
  }
  if (mode === 'locked') {
    return NextResponse.json({ error: 'Method failure' }, { status: SC.METHOD_FAILURE }); // expect: no-unknown-status
  }
  if (mode === 'full') {
    return NextResponse.json({ error: 'Disk full' }, { status: SC.INSUFFICIENT_SPACE_ON_RESOURCE }); // expect: no-unknown-status
  }
  if (mode === 'calm') {
    return NextResponse.json({ error: 'Enhance your calm' }, { status: 420 }); // expect: no-unknown-status
  }
  if (mode === 'bandwidth') {
    return NextResponse.json({ error: 'Bandwidth limit exceeded' }, { status: 509 }); // expect: no-unknown-status
  }
  if (mode === 'overflow') {
    return NextResponse.json({ error: 'Custom failure' }, { status: 600 }); // expect: no-unknown-status
  }
  if (mode === 'legacy-poll') {
    return NextResponse.json({ queued: true }, { status: 102 }); // expect: no-magic-status, no-deprecated-status, no-body-with-bodiless-status
  }
  return NextResponse.json({ error: 'Unknown mode' }, { status: 400 }); // expect: no-magic-status
}
