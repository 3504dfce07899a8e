// SvelteKit: +page.server.ts and +server.ts handlers for a small blog, kept in one module.
import { error, fail, json, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestHandler } from '@sveltejs/kit';
import { StatusCodes } from 'http-status-codes';
import { db } from '$lib/server/db';

const PAGE_SIZE = 100;
const MAX_TITLE_LENGTH = 255;
const EXCERPT_CHARS = 280;

export const load: PageServerLoad = async ({ params, locals, url }) => {
  if (!locals.user) {
    redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`); // expect: no-magic-status
  }
  const post = await db.post.findUnique({ where: { slug: params.slug } });
  if (!post) {
    error(404, 'Post not found'); // expect: no-magic-status
  }
  if (post.deletedAt) {
    error(410, { message: 'This post was removed' }); // expect: no-magic-status
  }
  if (post.visibility === 'private' && post.authorId !== locals.user.id) {
    error(StatusCodes.FORBIDDEN, 'Not your post');
  }
  const comments = await db.comment.findMany({ where: { postId: post.id }, take: PAGE_SIZE });
  return {
    post: { ...post, excerpt: post.body.slice(0, EXCERPT_CHARS) },
    comments: comments.slice(0, 200),
  };
};

export const actions: Actions = {
  save: async ({ request, params }) => {
    const form = await request.formData();
    const title = String(form.get('title') ?? '');
    if (title.length > MAX_TITLE_LENGTH) {
      return fail(400, { title, tooLong: true }); // expect: no-magic-status
    }
    if (title.trim() === '') {
      return fail(422, { title, missing: true }); // expect: no-magic-status
    }
    await db.post.update({ where: { slug: params.slug }, data: { title } });
    return { saved: true };
  },
  remove: async ({ params }) => {
    await db.post.delete({ where: { slug: params.slug } });
    redirect(StatusCodes.SEE_OTHER, '/posts');
  },
};

export const GET: RequestHandler = async ({ url, setHeaders }) => {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 500);
  const rows = await db.post.findMany({ take: limit, orderBy: { publishedAt: 'desc' } });
  setHeaders({ 'cache-control': 'public, max-age=300' });
  return json(rows);
};

export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.json();
  const created = await db.post.create({ data: payload });
  return json(created, { status: 201, headers: { location: `/api/posts/${created.slug}` } }); // expect: no-magic-status
};

export const PUT: RequestHandler = async ({ request }) => {
  const payload = await request.json();
  const current = await db.post.findUnique({ where: { slug: payload.slug } });
  if (current && current.version !== payload.version) {
    return json({ error: 'version conflict', expected: current.version }, { status: 409 }); // expect: no-magic-status
  }
  await db.post.upsert({ where: { slug: payload.slug }, create: payload, update: payload });
  return json({ ok: true });
};

export const DELETE: RequestHandler = async ({ params }) => {
  await db.post.delete({ where: { slug: params.slug } });
  return json({ deleted: params.slug }, { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
};

export const PATCH: RequestHandler = async () => {
  return new Response(null, { status: 405 }); // expect: no-magic-status, require-status-headers
};

export const OPTIONS: RequestHandler = async () => {
  return new Response(null, { status: 204, headers: { Allow: 'GET, POST, PUT, DELETE' } }); // expect: no-magic-status
};

export const fallback: RequestHandler = async ({ request }) => {
  return json({ method: request.method }, { status: 405, headers: { allow: 'GET, POST' } }); // expect: no-magic-status
};

// src/routes/api/live/+server.ts
export const live: RequestHandler = async ({ request }) => {
  if (request.signal.aborted) {
    return new Response(null, { status: 499 }); // expect: no-unknown-status
  }
  if (request.headers.get('upgrade') !== 'websocket') {
    return new Response('Expected a WebSocket upgrade', { status: 426 }); // expect: no-magic-status, require-status-headers
  }
  return new Response(null, { status: 101, headers: { Upgrade: 'websocket', Connection: 'Upgrade' } }); // expect: no-magic-status
};

export const upgradeHint: RequestHandler = async () => {
  return new Response(null, { status: 426, headers: { Upgrade: 'websocket', Connection: 'Upgrade' } }); // expect: no-magic-status
};

export const progress: RequestHandler = async ({ url }) => {
  const jobId = url.searchParams.get('job');
  return json({ jobId, state: 'running' }, { status: 102 }); // expect: no-magic-status, no-deprecated-status, no-body-with-bodiless-status
};

export const legacyFeed: RequestHandler = async () => {
  return new Response(null, { status: 308, headers: { Location: '/rss.xml' } }); // expect: no-magic-status
};

// The upstream status check when proxying a comment to the spam filter (status 404 = unknown author).
export const check: RequestHandler = async ({ fetch }) => {
  const upstream = await fetch('/internal/spam-check', { method: 'POST' });
  if (upstream.status >= 500) {
    return json({ queued: true }, { status: StatusCodes.ACCEPTED });
  }
  if (upstream.status === 404) { // expect: no-magic-status
    return json({ author: null });
  }
  return json(await upstream.json());
};
