import { NextRequest, NextResponse } from 'next/server';
import { StatusCodes } from 'http-status-codes';
import { getSession } from '@/lib/auth';
import { db } from '@/lib/db';
import { rateLimit } from '@/lib/rate-limit';

type Ctx = { params: Promise<{ id: string }> };

const limiter = rateLimit({ windowMs: 60_000, limit: 120 });

export async function GET(req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const user = await db.user.findUnique({ where: { id } });
  if (!user) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 }); // expect: no-magic-status
  }
  if (user.mergedInto) {
    return NextResponse.redirect(new URL(`/api/users/${user.mergedInto}`, req.url), 308); // expect: no-magic-status
  }
  if (user.legacyPath) {
    return new Response(null, { status: 301, headers: { location: user.legacyPath } }); // expect: no-magic-status
  }
  if (user.pendingMigration) {
    return new Response(null, { status: 302 }); // expect: no-magic-status, require-status-headers
  }
  const etag = `"${user.updatedAt.getTime().toString(16)}"`;
  if (req.headers.get('if-none-match') === etag) {
    return new NextResponse(null, { status: 304, headers: { ETag: etag } }); // expect: no-magic-status
  }
  return NextResponse.json(user, { headers: { ETag: etag, 'Cache-Control': 'private, max-age=120' } });
}

export async function PATCH(req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const session = await getSession(req);
  if (!session) {
    return NextResponse.json({ error: 'Session expired' }, { status: StatusCodes.UNAUTHORIZED }); // expect: require-status-headers
  }
  if (!limiter.check(session.user.id)) {
    return NextResponse.json(
      { error: 'Too many edits' },
      {
        status: 429, // expect: no-magic-status
        headers: { 'Retry-After': '60' },
      },
    );
  }
  const user = await db.user.findUnique({ where: { id } });
  if (!user) return NextResponse.json({ error: 'Not found' }, { status: 404 }); // expect: no-magic-status
  if (user.deletedAt) {
    return NextResponse.json({ error: 'User was deleted' }, { status: 410 }); // expect: no-magic-status
  }
  if (req.headers.get('if-match') !== `"${user.version}"`) {
    return NextResponse.json({ error: 'Version mismatch' }, { status: 412 }); // expect: no-magic-status
  }
  const patch = await req.json();
  if (typeof patch.bio === 'string' && patch.bio.length > 500) {
    return NextResponse.json({ error: 'Bio is limited to 500 characters' }, { status: 422 }); // expect: no-magic-status
  }
  const updated = await db.user.update({ where: { id }, data: patch });
  return NextResponse.json(updated);
}

export async function DELETE(req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const session = await getSession(req);
  if (!session) {
    return new NextResponse('Sign in required', {
      status: 401, // expect: no-magic-status
      headers: new Headers({ 'www-authenticate': 'Bearer realm="app"' }),
    });
  }
  await db.user.delete({ where: { id } });
  if (req.nextUrl.searchParams.get('verbose') === '1') {
    return Response.json({ deleted: id }, { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
  }
  if (req.nextUrl.searchParams.get('legacy') === '1') {
    return new NextResponse(JSON.stringify({ ok: true }), { status: StatusCodes.NO_CONTENT }); // expect: no-body-with-bodiless-status
  }
  return new NextResponse(null, { status: 204 }); // expect: no-magic-status
}

export async function POST(req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const target = new URL(`/users/${id}/settings`, req.url);
  if (req.headers.get('accept')?.includes('text/html')) {
    return Response.redirect(target, 303); // expect: no-magic-status
  }
  const res = new NextResponse(null, { status: 303 }); // expect: no-magic-status
  res.headers.set('Location', target.toString());
  return res;
}
