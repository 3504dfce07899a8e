// Next.js App Router handlers. Each section mirrors one route.ts file.
import { NextResponse, type NextRequest } from 'next/server';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { StatusCodes } from 'http-status-codes';
import { db } from '@/lib/db';
import { corsHeaders } from '@/lib/cors';

export const revalidate = 300;
export const maxDuration = 120;

type Json<T> = { data: T } | { error: string };

// ---- app/api/users/route.ts
export async function GET(request: NextRequest) {
  const take = Math.min(Number(request.nextUrl.searchParams.get('take') ?? 100), 500);
  const users = await db.user.findMany({ take });
  return NextResponse.json<Json<typeof users>>({ data: users }, { status: 200 }); // expect: no-magic-status
}

export async function POST(request: NextRequest) {
  const session = request.cookies.get('session');
  if (!session) {
    return NextResponse.json({ error: 'sign in' }, { status: 401 }); // expect: no-magic-status, require-status-headers
  }
  const user = await db.user.create({ data: await request.json() });
  return NextResponse.json(
    { data: user },
    {
      status: 201, // expect: no-magic-status
      headers: { Location: `/api/users/${user.id}` },
    },
  );
}

export async function PUT() {
  return NextResponse.json(
    { error: 'use PATCH' },
    {
      status: 405, // expect: no-magic-status
      headers: { Allow: 'GET, POST, PATCH' },
    },
  );
}

export async function DELETE() {
  await db.user.deleteMany({ where: { lastSeenDays: { gt: 365 } } });
  return new NextResponse(null, { status: 204 }); // expect: no-magic-status
}

// ---- app/api/users/[id]/route.ts
export async function patchUser(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const updated = await db.user.update({ where: { id }, data: await request.json() });
  return NextResponse.json({ data: updated }, { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function touchUser() {
  return new NextResponse('touched', { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function traceUser() {
  return NextResponse.json(
    { error: 'TRACE is disabled' },
    {
      status: 405, // expect: no-magic-status, require-status-headers
      headers: { 'Cache-Control': 'max-age=300' },
    },
  );
}

export async function partnerUsers() {
  return NextResponse.json({ error: 'partner token' }, { status: 401, headers: corsHeaders }); // expect: no-magic-status
}

export async function legacyUsers(request: NextRequest) {
  return NextResponse.redirect(new URL('/api/users', request.url), 308); // expect: no-magic-status
}

export async function oldProfile(request: NextRequest) {
  return NextResponse.redirect(new URL('/profile', request.url));
}

export async function avatar(request: NextRequest) {
  if (!request.headers.get('authorization')) {
    const denied = NextResponse.json({ error: 'token expired' }, { status: 401 }); // expect: no-magic-status
    denied.headers.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    return denied;
  }
  return NextResponse.json({ url: '/avatars/default.png', size: 256 });
}

export async function movedFeed() {
  return new Response(null, { status: 301 }); // expect: no-magic-status, require-status-headers
}

export async function movedUsers() {
  return new Response(null, {
    status: 307, // expect: no-magic-status
    headers: new Headers({ location: '/api/v2/users' }),
  });
}

export async function relayHook(request: NextRequest) {
  const upstream = await fetch('https://hooks.example.com/relay', {
    method: 'POST',
    body: await request.text(),
    next: { revalidate: 600 },
  });
  if (upstream.status === 410) { // expect: no-magic-status
    return NextResponse.json({ error: 'hook removed' }, { status: 404 }); // expect: no-magic-status
  }
  return new NextResponse(upstream.body, { status: upstream.status });
}

export async function queueReport() {
  return new NextResponse(null, { status: StatusCodes.PROCESSING }); // expect: no-deprecated-status
}

export async function originDown() {
  return NextResponse.json({ error: 'origin unreachable' }, { status: 523 }); // expect: no-unknown-status
}

export async function ping() {
  return Response.json({ pong: true }, { status: StatusCodes.OK });
}

// ---- app/blog/[slug]/page helpers
export async function loadPost(slug: string) {
  const post = await db.post.findUnique({ where: { slug } });
  if (!post) notFound();
  if (post.movedTo) permanentRedirect(`/blog/${post.movedTo}`);
  if (post.draft) redirect('/blog');
  return { ...post, excerpt: post.body.slice(0, 280) };
}
