// Edge worker: static cache, auth gate and websocket rooms (Cloudflare Workers)
export interface Env {
  KV: KVNamespace;
  API_TOKEN: string;
  ROOMS: DurableObjectNamespace;
}

const CACHE_TTL = 300;
const corsHeaders = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Max-Age': '600' };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: corsHeaders }); // expect: no-magic-status
    }
    if (url.pathname === '/health') return new Response('ok', { status: 200 }); // expect: no-magic-status
    if (url.pathname === '/ws') return handleSocket(request);
    if (url.pathname === '/old') return Response.redirect(`${url.origin}/new`, 301); // expect: no-magic-status
    if (url.pathname === '/private') return guard(request, env);
    if (url.pathname.startsWith('/assets/')) {
      ctx.waitUntil(env.KV.put('last-asset-hit', String(Date.now()), { expirationTtl: 600 }));
      return cached(request, env);
    }
    return new Response('Not found', { status: 404 }); // expect: no-magic-status
  },
};

function handleSocket(request: Request): Response {
  if (request.headers.get('Upgrade') !== 'websocket') {
    return new Response('Expected a websocket upgrade', {
      status: 426, // expect: no-magic-status
      headers: { Upgrade: 'websocket', Connection: 'Upgrade' },
    });
  }
  const pair = new WebSocketPair();
  const [client, server] = Object.values(pair);
  server.accept();
  server.addEventListener('message', (evt) => server.send(String(evt.data).slice(0, 500)));
  return new Response(null, { status: 101, webSocket: client }); // expect: no-magic-status
}

export function strictUpgrade(): Response {
  return new Response('upgrade required', { status: 426 }); // expect: no-magic-status, require-status-headers
}

async function guard(request: Request, env: Env): Promise<Response> {
  const auth = request.headers.get('Authorization');
  if (auth !== `Bearer ${env.API_TOKEN}`) {
    return new Response('Unauthorized', {
      status: 401, // expect: no-magic-status
      headers: { 'WWW-Authenticate': 'Bearer realm="edge"' },
    });
  }
  return Response.json({ ok: true }, { status: 200 }); // expect: no-magic-status
}

async function cached(request: Request, env: Env): Promise<Response> {
  const key = new URL(request.url).pathname;
  const etag = await env.KV.get(`${key}:etag`);
  if (etag && request.headers.get('If-None-Match') === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag } }); // expect: no-magic-status
  }
  const body = await env.KV.get(key, { cacheTtl: CACHE_TTL });
  if (body === null) return new Response(null, { status: 404 }); // expect: no-magic-status
  const headers = { ETag: etag ?? '', 'Cache-Control': `max-age=${CACHE_TTL}` };
  return new Response(body, { status: 200, headers }); // expect: no-magic-status
}

export async function purge(env: Env, key: string): Promise<Response> {
  await env.KV.delete(key);
  return new Response(JSON.stringify({ purged: key }), { status: 205 }); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function feed(): Promise<Response> {
  const upstream = await fetch('https://origin.example.com/feed', { cf: { cacheTtl: 120, cacheEverything: true } });
  if (upstream.status === 304) { // expect: no-magic-status
    return new Response(null, { status: 304 }); // expect: no-magic-status
  }
  if (upstream.status >= 500) {
    return Response.json({ retry: true }, { status: 503 }); // expect: no-magic-status
  }
  if (!upstream.ok && upstream.status !== 404) { // expect: no-magic-status
    return new Response('origin error', { status: 502 }); // expect: no-magic-status
  }
  return new Response(upstream.body, upstream);
}

export function moved(): Response {
  return new Response('see /v2', { status: 308 }); // expect: no-magic-status, require-status-headers
}

export function forward(init: HeadersInit): Response {
  return new Response(null, { status: 302, headers: init }); // expect: no-magic-status
}

export function forwardSpread(extra: Record<string, string>): Response {
  return new Response(null, { status: 302, headers: { ...extra } }); // expect: no-magic-status
}

export function originDown(): Response {
  return new Response('origin down', { status: 521 }); // expect: no-unknown-status
}

export function emptyOk(): Response {
  return new Response(undefined, { status: 204 }); // expect: no-magic-status
}
