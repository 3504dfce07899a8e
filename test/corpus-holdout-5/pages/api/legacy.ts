import type { NextApiRequest, NextApiResponse } from 'next';
import { applyCors } from '@/lib/cors';
import { db } from '@/lib/db';
import { verifyToken } from '@/lib/auth';

export const config = { api: { bodyParser: { sizeLimit: '1mb' }, responseLimit: false }, maxDuration: 120 };

const CACHE_SECONDS = 300;
const MAX_ROWS = 500;

type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<void> | void;

export async function reportHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.status(405).setHeader('Allow', 'GET').end(); // expect: no-magic-status
    return;
  }
  const rows = await db.report.findMany({ take: MAX_ROWS });
  res.setHeader('Cache-Control', `s-maxage=${CACHE_SECONDS}, stale-while-revalidate=600`);
  res.status(200).json(rows); // expect: no-magic-status
}

export async function createReportHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' }); // expect: no-magic-status, require-status-headers
  }
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) {
    return res.status(401).json({ error: 'Missing token' }); // expect: no-magic-status, require-status-headers
  }
  if (!(await verifyToken(token))) {
    return res.status(403).json({ error: 'Invalid token' }); // expect: no-magic-status
  }
  const title = String(req.body?.title ?? '').slice(0, 140);
  const created = await db.report.create({ data: { title, pageSize: 100 } });
  res.status(201).json(created); // expect: no-magic-status
}

export async function challengeHandler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  if (!(await verifyToken(token))) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="reports", error="invalid_token"');
    return res.status(401).json({ error: 'Invalid token' }); // expect: no-magic-status
  }
  res.status(200).json({ ok: true }); // expect: no-magic-status
}

export function corsProtectedHandler(req: NextApiRequest, res: NextApiResponse) {
  applyCors(req, res);
  if (!req.headers.authorization) {
    res.status(401).end(); // expect: no-magic-status
    return;
  }
  res.status(204).end(); // expect: no-magic-status
}

export function redirectHandler(req: NextApiRequest, res: NextApiResponse) {
  const to = typeof req.query.to === 'string' ? req.query.to : undefined;
  if (!to) {
    res.writeHead(302); // expect: no-magic-status, require-status-headers
    res.end();
    return;
  }
  if (to.startsWith('/v2/')) {
    res.redirect(308, to); // expect: no-magic-status
    return;
  }
  res.writeHead(301, { Location: to }); // expect: no-magic-status
  res.end();
}

export function loginRedirectHandler(req: NextApiRequest, res: NextApiResponse) {
  const from = String(req.query.from ?? '/').slice(0, 200);
  res.setHeader('Location', `/login?from=${encodeURIComponent(from)}`);
  res.status(302).end(); // expect: no-magic-status
}

export function cacheHandler(req: NextApiRequest, res: NextApiResponse) {
  const cached = { rows: [], generatedAt: Date.now() - 120 * 1000 };
  if (req.headers['if-none-match'] === '"v1"') {
    res.statusCode = 304; // expect: no-magic-status, no-body-with-bodiless-status
    res.end(JSON.stringify(cached));
    return;
  }
  if (req.headers['if-modified-since']) {
    res.statusCode = 304; // expect: no-magic-status
    res.end();
    return;
  }
  res.status(200).json(cached); // expect: no-magic-status
}

export function deleteHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.verbose) {
    res.status(204).json({ deleted: true }); // expect: no-magic-status, no-body-with-bodiless-status
    return;
  }
  if (req.query.reset) {
    res.status(205).send('form reset'); // expect: no-magic-status, no-body-with-bodiless-status
    return;
  }
  res.status(204).send(undefined); // expect: no-magic-status
}

export function socketHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers.upgrade?.toLowerCase() === 'websocket') {
    res.status(400).json({ error: 'Use the /ws endpoint' }); // expect: no-magic-status
    return;
  }
  res.status(426).json({ error: 'Upgrade to websocket' }); // expect: no-magic-status, require-status-headers
}

export function strictSocketHandler(_req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Upgrade', 'websocket');
  res.setHeader('Connection', 'Upgrade');
  res.status(426).end(); // expect: no-magic-status
}

export function oddHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.client === 'closed') {
    res.status(499).end(); // expect: no-unknown-status
    return;
  }
  if (req.query.mode === 'proc') {
    res.status(102).end(); // expect: no-magic-status, no-deprecated-status
    return;
  }
  res.status(1000).json({ error: 'invalid' }); // expect: no-unknown-status
}

const routes: Record<string, Handler> = {
  report: reportHandler, create: createReportHandler, redirect: redirectHandler, cache: cacheHandler,
  delete: deleteHandler, socket: socketHandler, 'socket-strict': strictSocketHandler, odd: oddHandler,
  challenge: challengeHandler, login: loginRedirectHandler, cors: corsProtectedHandler,
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const action = String(req.query.action ?? 'report');
  const route = routes[action];
  if (!route) {
    const shown = action.slice(0, 100);
    return res.status(404).json({ error: `Unknown action ${shown}` }); // expect: no-magic-status
  }
  await route(req, res);
}
