import { NextResponse, type NextRequest } from 'next/server';
import { Hono } from 'hono';
import type { APIGatewayProxyHandler, APIGatewayProxyResult } from 'aws-lambda';
import { StatusCodes } from 'http-status-codes';
import { find, save, purge, verify, baseHeaders } from './store';

const CACHE_SECONDS = 300;
const MAX_QUERY_LENGTH = 200;

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) {
    return NextResponse.json(
      { error: 'query too long', max: 200 },
      { status: 414 }, // expect: no-magic-status
    );
  }
  const results = await find(q, { limit: 100 });
  return Response.json(results, {
    status: 200, // expect: no-magic-status
    headers: { 'cache-control': `public, max-age=${CACHE_SECONDS}` },
  });
}

export async function POST(request: Request) {
  const created = await save(await request.json());
  return new Response(JSON.stringify(created), {
    status: 201, // expect: no-magic-status
    headers: { 'content-type': 'application/json', location: `/things/${created.id}` },
  });
}

export async function DELETE() {
  await purge({ olderThanDays: 365 });
  return new Response(null, { status: 204 }); // expect: no-magic-status
}

export async function PATCH() {
  return new Response('nothing changed', { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function PUT(request: NextRequest) {
  const token = request.headers.get('authorization');
  if (!token) {
    return NextResponse.json(
      { error: 'unauthorized' },
      { status: 401 }, // expect: no-magic-status, require-status-headers
    );
  }
  if (!(await verify(token))) {
    return NextResponse.json(
      { error: 'invalid token' },
      {
        status: 401, // expect: no-magic-status
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      },
    );
  }
  return NextResponse.redirect(new URL('/done', request.url), 303); // expect: no-magic-status
}

export function legacyHead() {
  return new Response(null, {
    status: 405, // expect: no-magic-status
    headers: new Headers({ Allow: 'GET, POST' }),
  });
}

export function movedWithSharedHeaders(headers: HeadersInit) {
  return new Response(null, { status: 301, headers }); // expect: no-magic-status
}

export function movedWithSpread() {
  return new Response(null, { status: 302, headers: { ...baseHeaders } }); // expect: no-magic-status
}

export function cachedJson() {
  return Response.json({ ok: true }, { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
}

export function notModified() {
  return new Response(undefined, { status: 304 }); // expect: no-magic-status
}

export function viaProxy() {
  return new Response(null, {
    status: StatusCodes.USE_PROXY, // expect: no-deprecated-status
    headers: { Location: 'http://proxy.local:3128' },
  });
}

export function staleWarning(body: string) {
  return new Response(body, { status: 299 }); // expect: no-unknown-status
}

export function elsewhere(url: string) {
  return Response.redirect(url, 307); // expect: no-magic-status
}

export const app = new Hono();

app.get('/items/:id', async (c) => {
  const item = await find(c.req.param('id'), { limit: 1 });
  if (!item) return c.json({ error: 'not found' }, 404); // expect: no-magic-status
  return c.json(item, 200, { 'Cache-Control': 'max-age=300' }); // expect: no-magic-status
});
app.delete('/items/:id', (c) => c.body(null, 204)); // expect: no-magic-status
app.post('/items/:id/touch', (c) => c.json({ touched: true }, 204)); // expect: no-magic-status, no-body-with-bodiless-status
app.get('/login', (c) => c.redirect('/auth', 302)); // expect: no-magic-status
app.get('/admin', (c) => c.text('Unauthorized', 401)); // expect: no-magic-status, require-status-headers
app.put('/admin', (c) => {
  c.header('Allow', 'GET');
  return c.text('Method Not Allowed', 405); // expect: no-magic-status
});

export const lambdaHandler: APIGatewayProxyHandler = async (event) => {
  if (!event.body) {
    return { statusCode: 400, body: JSON.stringify({ message: 'empty body' }) }; // expect: no-magic-status
  }
  if (event.httpMethod === 'DELETE') {
    return { statusCode: 204, body: 'deleted' }; // expect: no-magic-status, no-body-with-bodiless-status
  }
  if (event.path === '/gone') {
    return { statusCode: 302, body: '' }; // expect: no-magic-status, require-status-headers
  }
  if (event.path === '/upload') {
    return { statusCode: StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE, body: 'disk full' }; // expect: no-unknown-status
  }
  const payload = JSON.stringify({ count: 200, pageSize: 100 });
  return {
    statusCode: 200, // expect: no-magic-status
    body: payload,
  } satisfies APIGatewayProxyResult;
};

export const redirectHandler: APIGatewayProxyHandler = async (event) => {
  const target = event.queryStringParameters?.to ?? '/new';
  return {
    statusCode: 301, // expect: no-magic-status
    headers: { Location: target, 'Cache-Control': 'max-age=300' },
    body: '',
  };
};
