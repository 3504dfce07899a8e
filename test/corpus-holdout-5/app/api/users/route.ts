import { NextRequest, NextResponse } from 'next/server';
import { StatusCodes } from 'http-status-codes';
import { z } from 'zod';
import { getSession } from '@/lib/auth';
import { corsHeaders } from '@/lib/cors';
import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';
export const revalidate = 300;

const PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;

const CreateUser = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().max(254),
  bio: z.string().max(500).optional(),
  avatarSize: z.number().int().min(128).max(512).default(256),
});

export async function GET(req: NextRequest) {
  const session = await getSession(req);
  if (!session) {
    return NextResponse.redirect(new URL('/login', req.url), 307); // expect: no-magic-status
  }
  const url = new URL(req.url);
  const limit = Math.min(Number(url.searchParams.get('limit') ?? PAGE_SIZE), MAX_PAGE_SIZE);
  const q = (url.searchParams.get('q') ?? '').slice(0, 200);
  const users = await db.user.findMany({
    where: q ? { name: { contains: q } } : undefined,
    take: limit,
    orderBy: { createdAt: 'desc' },
  });
  return NextResponse.json(users, {
    status: 200, // expect: no-magic-status
    headers: { 'Cache-Control': 'private, max-age=300, stale-while-revalidate=600' },
  });
}

export async function POST(req: NextRequest) {
  const session = await getSession(req);
  if (!session) {
    return NextResponse.json({ error: 'Sign in first' }, { status: 401 }); // expect: no-magic-status, require-status-headers
  }
  if (!session.user.isAdmin) {
    return Response.json({ error: 'Forbidden' }, { status: 403 }); // expect: no-magic-status
  }
  const parsed = CreateUser.safeParse(await req.json());
  if (!parsed.success) {
    const error = parsed.error.flatten();
    return Response.json({ error }, { status: 400 }); // expect: no-magic-status
  }
  const existing = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (existing) {
    return NextResponse.json({ error: 'Email already registered' }, { status: 409 }); // expect: no-magic-status
  }
  const data = await db.user.create({ data: { ...parsed.data, quota: 250 * 1024 * 1024 } });
  return NextResponse.json(data, { status: 201 }); // expect: no-magic-status
}

export async function DELETE(req: NextRequest) {
  const session = await getSession(req);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: corsHeaders }); // expect: no-magic-status
  }
  const ids = (await req.json()) as string[];
  if (ids.length > 100) {
    return NextResponse.json({ error: 'At most 100 ids per call' }, { status: 413 }); // expect: no-magic-status
  }
  await db.user.deleteMany({ where: { id: { in: ids } } });
  return new NextResponse(null, { status: 204 }); // expect: no-magic-status
}

export async function PUT() {
  return NextResponse.json(
    { error: 'Use PATCH on /api/users/:id' },
    {
      status: 405, // expect: no-magic-status
      headers: { Allow: 'GET, POST, DELETE' },
    },
  );
}

export async function PATCH() {
  return NextResponse.json({ error: 'Method not allowed' }, { status: StatusCodes.METHOD_NOT_ALLOWED }); // expect: require-status-headers
}

export async function OPTIONS() {
  return new NextResponse(null, {
    status: StatusCodes.NO_CONTENT,
    headers: { ...corsHeaders, 'Access-Control-Max-Age': '600' },
  });
}
