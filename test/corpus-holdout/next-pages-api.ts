// pages/api/items/[id].ts and friends (Next.js Pages Router)
import type { GetServerSideProps, NextApiRequest, NextApiResponse } from 'next';
import { StatusCodes } from 'http-status-codes';
import { getSession } from '../lib/auth';
import { prisma } from '../lib/prisma';
import { withCors } from '../lib/with-cors';

type Data = { ok: true; id?: string } | { error: string };

export const config = { api: { bodyParser: { sizeLimit: '500kb' }, responseLimit: '4mb' } };

const NINETY_DAYS_MS = 90 * 24 * 60 * 60 * 1000;

export default async function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  switch (req.method) {
    case 'GET': {
      const item = await prisma.item.findFirst({ where: { id: String(req.query.id) } });
      if (!item) return res.status(404).json({ error: 'missing' }); // expect: no-magic-status
      return res.status(200).json({ ok: true, id: item.id }); // expect: no-magic-status
    }
    case 'POST': {
      const session = await getSession(req);
      if (!session) return res.status(401).json({ error: 'login' }); // expect: no-magic-status, require-status-headers
      const created = await prisma.item.create({ data: { ...req.body, ownerId: session.userId } });
      res.setHeader('Location', `/api/items/${created.id}`);
      return res.status(201).json({ ok: true, id: created.id }); // expect: no-magic-status
    }
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      return res.status(405).end(`Method ${req.method} Not Allowed`); // expect: no-magic-status
  }
}

export async function purgeHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'DELETE') {
    return res.status(405).json({ error: 'DELETE only' }); // expect: no-magic-status, require-status-headers
  }
  await prisma.item.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - NINETY_DAYS_MS) } } });
  return res.status(204).end(); // expect: no-magic-status
}

export async function touchHandler(_req: NextApiRequest, res: NextApiResponse) {
  return res.status(204).json({ ok: true }); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function imageHandler(req: NextApiRequest, res: NextApiResponse) {
  const etag = `"${String(req.query.id)}-v3"`;
  if (req.headers['if-none-match'] === etag) {
    return res.status(304).end(); // expect: no-magic-status
  }
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, max-age=600');
  const placeholder = Buffer.alloc(512);
  return res.status(200).send(placeholder); // expect: no-magic-status
}

export async function cachedListHandler(_req: NextApiRequest, res: NextApiResponse) {
  const cached = await prisma.item.findMany({ take: 100 });
  return res.status(304).json(cached); // expect: no-magic-status, no-body-with-bodiless-status
}

export async function legacyHandler(_req: NextApiRequest, res: NextApiResponse) {
  res.redirect(307, '/api/items'); // expect: no-magic-status
}

export async function gotoHandler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(303).end(); // expect: no-magic-status, require-status-headers
}

export async function permanentHandler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(StatusCodes.PERMANENT_REDIRECT).end(); // expect: require-status-headers
}

export async function resetHandler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(StatusCodes.RESET_CONTENT).send('form cleared'); // expect: no-body-with-bodiless-status
}

export const corsItemsHandler = withCors(async (_req: NextApiRequest, res: NextApiResponse) => {
  const items = await prisma.item.findMany({ take: 250 });
  res.status(200).json(items); // expect: no-magic-status
});

export const getServerSideProps: GetServerSideProps = async (context) => {
  const session = await getSession(context.req);
  if (!session) return { redirect: { destination: '/login', permanent: false } };
  const item = await prisma.item.findFirst({ where: { id: String(context.params?.id) } });
  if (!item) {
    context.res.statusCode = 410; // expect: no-magic-status
    return { props: { gone: true } };
  }
  context.res.setHeader('Cache-Control', 'public, s-maxage=300, stale-while-revalidate=600');
  return { props: { item, thumbWidth: 200 } };
};
