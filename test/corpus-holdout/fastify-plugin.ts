// Bookmarks plugin for Fastify 5
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { StatusCodes } from 'http-status-codes';
import { decorateReply } from './reply-utils';

interface Bookmark {
  id: string;
  url: string;
  tags: string[];
}

interface Store<T extends { id: string }> {
  all(limit: number): Promise<T[]>;
  byId(id: string): Promise<T | undefined>;
  save(value: Omit<T, 'id'>): Promise<T>;
  drop(id: string): Promise<boolean>;
}

const MAX_URL_LENGTH = 2048;

const listSchema = {
  querystring: { type: 'object', properties: { limit: { type: 'integer', maximum: 500 } } },
  response: {
    200: { type: 'array', items: { type: 'object' } },
    404: { type: 'object', properties: { message: { type: 'string' } } },
  },
};

const bookmarks: FastifyPluginAsync<{ store: Store<Bookmark> }> = async (app, opts) => {
  await app.register(rateLimit, { max: 100, timeWindow: 60_000 });

  app.get<{ Querystring: { limit?: number } }>('/bookmarks', { schema: listSchema }, async (request, reply) => {
    const rows = await opts.store.all(request.query.limit ?? 250);
    return reply.code(200).send(rows); // expect: no-magic-status
  });

  app.get<{ Params: { id: string } }>('/bookmarks/:id', async (request, reply) => {
    const hit = await opts.store.byId(request.params.id);
    if (!hit) return reply.status(404).send({ message: 'no such bookmark' }); // expect: no-magic-status
    return hit;
  });

  app.post<{ Body: Omit<Bookmark, 'id'> }>('/bookmarks', async (request, reply) => {
    if (request.body.url.length > MAX_URL_LENGTH) {
      return reply.code(414).send({ message: 'url too long' }); // expect: no-magic-status
    }
    const saved = await opts.store.save(request.body);
    reply.header('Location', `/bookmarks/${saved.id}`);
    return reply.code(201 as const).send(saved); // expect: no-magic-status
  });

  app.delete('/bookmarks/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const gone = await opts.store.drop(request.params.id);
    if (!gone) return reply.callNotFound();
    return reply.code(204).send(); // expect: no-magic-status
  });

  app.post('/bookmarks/:id/visit', async (_request, reply) => {
    return reply.code(204).send({ visited: true }); // expect: no-magic-status, no-body-with-bodiless-status
  });

  app.put('/bookmarks/:id', async (_request, reply) => {
    reply.statusCode = 204; // expect: no-magic-status
    return reply.send();
  });

  app.put('/bookmarks/:id/tags', async (_request, reply) => {
    reply.statusCode = 205; // expect: no-magic-status, no-body-with-bodiless-status
    return reply.send({ reset: true });
  });

  app.get('/bookmarks/export', async (_request, reply) => {
    return reply
      .code(303) // expect: no-magic-status, require-status-headers
      .send({ next: '/bookmarks/export/status' });
  });

  app.get('/bookmarks/export/status', async (_request, reply) => {
    return reply
      .code(303) // expect: no-magic-status
      .header('location', '/bookmarks/export/result')
      .send();
  });

  app.route({
    method: ['PUT', 'PATCH'],
    url: '/bookmarks',
    handler: async (_request, reply) => {
      reply.headers({ allow: 'GET, POST' });
      return reply.code(405).send(); // expect: no-magic-status
    },
  });

  app.get('/bookmarks/private', async (_request, reply) => {
    return reply.code(401).send({ message: 'token required' }); // expect: no-magic-status, require-status-headers
  });

  app.get('/bookmarks/shared', async (_request, reply) => {
    decorateReply(reply);
    return reply.code(401).send({ message: 'share link expired' }); // expect: no-magic-status
  });

  app.get('/bookmarks/legacy', async (_request, reply) => {
    return reply.code(StatusCodes.METHOD_FAILURE).send(); // expect: no-unknown-status
  });

  app.get('/bookmarks/mirror', async (_request, reply) => {
    return reply.code(StatusCodes.USE_PROXY).send(); // expect: no-deprecated-status
  });

  app.get('/bookmarks/timeout', async (_request, reply) => {
    return reply.code(598).send({ message: 'network read timeout' }); // expect: no-unknown-status
  });

  app.get('/bookmarks/quota', async (_request, reply) => {
    return reply.code(StatusCodes.TOO_MANY_REQUESTS).send({ retryInSeconds: 300 });
  });

  app.setErrorHandler((error, _request, reply) => {
    app.log.error({ err: error, limit: 500 }, 'bookmark route failed');
    return reply.status(error.statusCode ?? 500).send({ message: error.message }); // expect: no-magic-status
  });
};

export default fp(bookmarks, { name: 'bookmarks', fastify: '5.x' });
