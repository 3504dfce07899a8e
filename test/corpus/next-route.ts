// app/api/posts/route.ts and middleware.ts of a Next.js app-router project
import { NextResponse, type NextRequest } from 'next/server';
import { notFound } from 'next/navigation';
import { StatusCodes } from 'http-status-codes';
import { db } from '@/lib/db';
import { verifySession } from '@/lib/auth';

export const runtime = 'nodejs';
export const revalidate = 300;
export const maxDuration = 300;

export async function GET(request: NextRequest) {
  const session = await verifySession(request);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 }); // expect: no-magic-status, require-status-headers
  }
  const limit = Number(request.nextUrl.searchParams.get('limit') ?? 100);
  const posts = await db.post.findMany({ take: Math.min(limit, 500) });
  return NextResponse.json(posts, { status: 200, headers: { 'Cache-Control': 'no-store' } }); // expect: no-magic-status
}

export async function POST(request: NextRequest) {
  const session = await verifySession(request);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); // expect: no-magic-status
  }
  const body = await request.json();
  if (typeof body.title !== 'string') {
    return NextResponse.json({ error: 'title required' }, { status: 400 }); // expect: no-magic-status
  }
  const post = await db.post.create({ data: body });
  return NextResponse.json(post, { status: 201, headers: { Location: `/api/posts/${post.id}` } }); // expect: no-magic-status
}

export async function DELETE(request: NextRequest) {
  const id = request.nextUrl.searchParams.get('id');
  if (!id) {
    return new NextResponse('id is required', { status: 422 }); // expect: no-magic-status
  }
  await db.post.delete({ where: { id } });
  return new NextResponse(null, { status: 204 }); // expect: no-magic-status
}

export async function PATCH() {
  return new NextResponse(null, { status: 405, headers: { Allow: 'GET, POST, DELETE' } }); // expect: no-magic-status
}

export async function PUT() {
  return NextResponse.json({ error: 'Use PATCH' }, { status: 405 }); // expect: no-magic-status, require-status-headers
}

export async function HEAD() {
  return new NextResponse('ok', { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function OPTIONS() {
  return new NextResponse(null, { status: StatusCodes.NO_CONTENT, headers: { Allow: 'GET, POST, DELETE, PATCH, PUT' } });
}

export function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/old-blog')) {
    return NextResponse.redirect(new URL('/blog', request.url), 308); // expect: no-magic-status
  }
  if (pathname === '/dashboard' && !request.cookies.has('session')) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  if (pathname === '/beta') {
    return new NextResponse(null, { status: 307 }); // expect: no-magic-status, require-status-headers
  }
  if (pathname === '/preview') {
    const response = NextResponse.json({ error: 'Authentication required' }, { status: 401 }); // expect: no-magic-status
    response.headers.set('WWW-Authenticate', 'Basic realm="preview"');
    return response;
  }
  if (pathname === '/maintenance') {
    return new NextResponse('Down for maintenance', { status: 503, headers: { 'Retry-After': '120' } }); // expect: no-magic-status
  }
  if (pathname === '/partial') {
    return NextResponse.json({ warning: 'partial results' }, { status: 299 }); // expect: no-unknown-status
  }
  if (pathname === '/cached') {
    return NextResponse.json({ cached: true }, { status: 304 }); // expect: no-magic-status, no-body-with-bodiless-status
  }
  return NextResponse.next();
}

export async function loadPost(slug: string) {
  const res = await fetch(`https://cms.example.com/posts/${slug}`, { next: { revalidate: 60 } });
  if (res.status === 404) notFound(); // expect: no-magic-status
  return res.json();
}
