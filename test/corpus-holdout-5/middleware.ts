import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/session';

const PUBLIC_PATHS = ['/', '/login', '/signup', '/api/health'];
const RATE_WINDOW_MS = 60_000;
const MAX_REQUESTS_PER_WINDOW = 120;
const SEEN_COOKIE_MAX_AGE = 300;
const hits = new Map<string, { count: number; reset: number }>();

function tooMany(ip: string) {
  const now = Date.now();
  const entry = hits.get(ip);
  if (!entry || entry.reset < now) {
    hits.set(ip, { count: 1, reset: now + RATE_WINDOW_MS });
    return false;
  }
  entry.count += 1;
  return entry.count > MAX_REQUESTS_PER_WINDOW;
}

export async function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;

  if (process.env.MAINTENANCE_MODE === '1' && !pathname.startsWith('/maintenance')) {
    return NextResponse.rewrite(new URL('/maintenance', request.url));
  }

  if (pathname.startsWith('/admin')) {
    const auth = request.headers.get('authorization');
    if (!auth?.startsWith('Basic ')) {
      return new NextResponse('Unauthorized', {
        status: 401, // expect: no-magic-status
        headers: { 'WWW-Authenticate': 'Basic realm="x"' },
      });
    }
  }

  if (pathname.startsWith('/api/internal')) {
    const token = request.headers.get('x-internal-token');
    if (token !== process.env.INTERNAL_TOKEN) {
      return new NextResponse(JSON.stringify({ error: 'unauthorized' }), { status: 401 }); // expect: no-magic-status, require-status-headers
    }
  }

  if (pathname.startsWith('/api/') && tooMany(request.headers.get('x-forwarded-for') ?? 'local')) {
    return NextResponse.json(
      { error: 'Rate limit exceeded' },
      {
        status: 429, // expect: no-magic-status
        headers: { 'Retry-After': String(RATE_WINDOW_MS / 1000) },
      },
    );
  }

  if (pathname.startsWith('/ws') && request.headers.get('upgrade') !== 'websocket') {
    return new NextResponse('Upgrade Required', { status: 426 }); // expect: no-magic-status, require-status-headers
  }

  if (pathname === '/old-dashboard') {
    return NextResponse.redirect(new URL('/dashboard', request.url), 301); // expect: no-magic-status
  }
  if (pathname === '/docs') {
    return NextResponse.redirect(new URL('/help', request.url));
  }

  const session = await verifySession(request.cookies.get('session')?.value);
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!session && !isPublic) {
    const loginUrl = new URL('/login', request.url);
    loginUrl.searchParams.set('from', pathname.slice(0, 200));
    return NextResponse.redirect(loginUrl);
  }

  const response = NextResponse.next();
  response.headers.set('x-request-id', crypto.randomUUID());
  response.cookies.set('seen', '1', { maxAge: SEEN_COOKIE_MAX_AGE, sameSite: 'lax' });
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
