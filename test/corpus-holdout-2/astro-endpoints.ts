// Astro (SSR adapter) endpoints in src/pages/api, middleware and a shared frontmatter helper.
import type { APIContext, APIRoute, AstroGlobal, MiddlewareHandler } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { getImage } from 'astro:assets';
import { StatusCodes } from 'http-status-codes';

export const prerender = false;

// Used from the frontmatter of src/pages/account/*.astro
export function requireUser(Astro: AstroGlobal) {
  if (!Astro.locals.user) {
    return Astro.redirect(`/login?from=${Astro.url.pathname}`, 302); // expect: no-magic-status
  }
  return null;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  if (context.url.pathname.startsWith('/blog/2019')) {
    return context.redirect(context.url.pathname.replace('/blog', '/archive'), 301); // expect: no-magic-status
  }
  const response = await next();
  response.headers.set('Cache-Control', 'public, max-age=300');
  return response;
};

export const GET: APIRoute = async ({ params }) => {
  const post = await getEntry('blog', params.slug!);
  if (!post) {
    return new Response(null, { status: 404, statusText: 'Not found' }); // expect: no-magic-status
  }
  const cover = await getImage({ src: post.data.cover, width: 400, height: 300, quality: 100 });
  const payload = JSON.stringify({ ...post.data, cover: cover.src });
  return new Response(payload, { status: 200, headers: { 'Content-Type': 'application/json' } }); // expect: no-magic-status
};

export const rss: APIRoute = async () => {
  const posts = (await getCollection('blog')).slice(0, 200);
  return new Response(renderFeed(posts), { headers: { 'Content-Type': 'application/rss+xml' } });
};

export const oldFeed: APIRoute = async () => {
  return new Response(null, { status: 301 }); // expect: no-magic-status, require-status-headers
};

export const atomFeed: APIRoute = async () => {
  return new Response(null, { status: 302, headers: new Headers({ Location: '/rss.xml' }) }); // expect: no-magic-status
};

export const sitemap: APIRoute = async ({ site }) => {
  return Response.redirect(new URL('/sitemap-index.xml', site), 308); // expect: no-magic-status
};

export const preview: APIRoute = async ({ request }) => {
  const headers = new Headers();
  headers.set('Location', new URL('/preview', request.url).toString());
  return new Response(null, { status: 307, headers }); // expect: no-magic-status
};

export const resetForm: APIRoute = async () => {
  return new Response('form cleared', { status: 205 }); // expect: no-magic-status, no-body-with-bodiless-status
};

export const conditional: APIRoute = async ({ request }) => {
  if (request.headers.get('if-none-match') === '"v42"') {
    return Response.json({ cached: true }, { status: 304 }); // expect: no-magic-status, no-body-with-bodiless-status
  }
  return Response.json({ version: 42 }, { headers: { ETag: '"v42"' } });
};

export const ping: APIRoute = async () => {
  return new Response('', { status: 204 }); // expect: no-magic-status
};

export const origin: APIRoute = async () => {
  return new Response('origin unreachable', { status: 530 }); // expect: no-unknown-status
};

export const viaProxy: APIRoute = async ({ locals }) => {
  return new Response(null, { status: 305, headers: { Location: locals.proxyUrl } }); // expect: no-magic-status, no-deprecated-status
};

export const admin: APIRoute = async ({ request }: APIContext) => {
  if (!request.headers.has('authorization')) {
    return new Response('Auth required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="admin"' } }); // expect: no-magic-status
  }
  return new Response('ok');
};

export const badGateway: APIRoute = async () => {
  return new Response(null, { status: StatusCodes.BAD_GATEWAY });
};

export const ALL: APIRoute = async () => {
  return new Response(null, { status: StatusCodes.METHOD_NOT_ALLOWED, headers: { Allow: 'GET' } });
};

function renderFeed(posts: { slug: string }[]): string {
  return posts.map((p) => `<item>${p.slug}</item>`).join('');
}
