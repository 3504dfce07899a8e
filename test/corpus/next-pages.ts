// pages/api/comments.ts and pages/blog/[slug].tsx data loading (Next.js pages router)
import type { GetServerSideProps, NextApiRequest, NextApiResponse } from 'next';
import { StatusCodes } from 'http-status-codes';
import { getSession } from '@/lib/session';
import { prisma } from '@/lib/prisma';

export const config = { api: { bodyParser: { sizeLimit: '1mb' }, responseLimit: false }, maxDuration: 300 };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('Allow', ['GET', 'POST']);
    return res.status(405).end(`Method ${req.method} Not Allowed`); // expect: no-magic-status
  }
  const session = await getSession(req);
  if (!session) {
    return res.status(401).json({ error: 'Not signed in' }); // expect: no-magic-status, require-status-headers
  }
  if (req.method === 'POST') {
    const text = String(req.body.body).slice(0, 500);
    const comment = await prisma.comment.create({ data: { body: text, userId: session.userId } });
    return res.status(201).json(comment); // expect: no-magic-status
  }
  const comments = await prisma.comment.findMany({ take: 100, orderBy: { createdAt: 'desc' } });
  res.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=600');
  return res.status(200).json(comments); // expect: no-magic-status
}

export async function legacyHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.format === 'rss') {
    return res.redirect(307, '/api/feed.xml'); // expect: no-magic-status
  }
  if (req.method === 'DELETE') {
    return res.status(405).json({ error: 'read only' }); // expect: no-magic-status, require-status-headers
  }
  if (req.method === 'PUT') {
    return res.status(204).send('nothing to update'); // expect: no-magic-status, no-body-with-bodiless-status
  }
  res.status(StatusCodes.NO_CONTENT).end();
}

export const getServerSideProps: GetServerSideProps = async ({ params, res }) => {
  const post = await prisma.post.findUnique({ where: { slug: String(params?.slug) } });
  if (!post) return { notFound: true };
  if (post.movedTo) return { redirect: { destination: `/blog/${post.movedTo}`, permanent: true } };
  res.setHeader('Cache-Control', 'public, s-maxage=300');
  if (post.draft) res.statusCode = 404; // expect: no-magic-status
  return { props: { post, wordsPerMinute: 200 } };
};
