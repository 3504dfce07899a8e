// Cloudflare Worker / Deno / Bun style handler built on the fetch Response API
import { checkBasic, logBeacon } from './edge-utils';

export interface Env {
  API_ORIGIN: string;
}

const CACHE_TTL = 300;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);

    if (url.pathname === '/') {
      return Response.redirect(`${url.origin}/app`, 301); // expect: no-magic-status
    }
    if (url.pathname === '/healthz') {
      return new Response('ok', { status: 200 }); // expect: no-magic-status
    }
    if (url.pathname === '/beacon') {
      ctx.waitUntil(logBeacon(request));
      return new Response(null, { status: 204 }); // expect: no-magic-status
    }
    if (url.pathname === '/pixel') {
      return new Response('', { status: 204 }); // expect: no-magic-status
    }
    if (url.pathname === '/track') {
      return new Response(JSON.stringify({ tracked: true }), { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
    }
    if (url.pathname === '/admin') {
      const auth = request.headers.get('Authorization');
      if (!auth) {
        return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="admin", charset="UTF-8"' } }); // expect: no-magic-status
      }
      if (!(await checkBasic(auth))) {
        return new Response('Unauthorized', { status: 401 }); // expect: no-magic-status, require-status-headers
      }
    }
    if (url.pathname.startsWith('/docs/')) {
      return new Response(null, { status: 308, headers: { Location: url.pathname.replace('/docs/', '/guide/') } }); // expect: no-magic-status
    }
    if (url.pathname === '/guide') {
      return new Response(null, { status: 301 }); // expect: no-magic-status, require-status-headers
    }
    if (url.pathname === '/signin') {
      return new Response(null, { status: 302, headers: new Headers({ location: '/login' }) }); // expect: no-magic-status
    }
    if (url.pathname === '/signout') {
      const headers = new Headers();
      headers.append('Set-Cookie', 'sid=; Max-Age=0');
      headers.append('Location', '/');
      return new Response(null, { status: 303, headers }); // expect: no-magic-status
    }
    if (request.method === 'TRACE') {
      return new Response('Method Not Allowed', { status: 405 }); // expect: no-magic-status, require-status-headers
    }
    if (url.pathname === '/ws' && request.headers.get('Upgrade') !== 'websocket') {
      return new Response('Expected a websocket upgrade', { status: 426 }); // expect: no-magic-status, require-status-headers
    }
    if (url.pathname === '/ws-ok') {
      return new Response('Upgrade Required', { status: 426, headers: { Upgrade: 'websocket', Connection: 'Upgrade' } }); // expect: no-magic-status
    }
    if (url.pathname === '/proxy-auth') {
      return new Response(null, { status: 407 }); // expect: no-magic-status, require-status-headers
    }
    if (url.pathname === '/version') {
      return Response.json({ version: '1.2.3', status: 'stable' }, { status: 203 }); // expect: no-magic-status
    }
    if (url.pathname === '/etag') {
      return Response.json({ unchanged: true }, { status: 304 }); // expect: no-magic-status, no-body-with-bodiless-status
    }
    if (url.pathname === '/origin-down') {
      return new Response('Web server is down', { status: 521 }); // expect: no-unknown-status
    }
    if (url.pathname === '/impossible') {
      return new Response(null, { status: 600 }); // expect: no-unknown-status
    }

    const cached = await caches.default.match(request);
    if (cached && request.headers.get('If-None-Match') === cached.headers.get('ETag')) {
      const text = await cached.text();
      return new Response(text, { status: 304, headers: { ETag: cached.headers.get('ETag') ?? '' } }); // expect: no-magic-status, no-body-with-bodiless-status
    }

    const response = await fetch(`${env.API_ORIGIN}${url.pathname}`, { cf: { cacheTtl: CACHE_TTL, cacheEverything: true } });
    if (response.status === 429) { // expect: no-magic-status
      return new Response('Slow down', { status: 429, headers: { 'Retry-After': '120' } }); // expect: no-magic-status
    }
    if (response.status >= 500) {
      return Response.json({ error: 'upstream failed' }, { status: 502 }); // expect: no-magic-status
    }
    return new Response(response.body, response);
  },
};
