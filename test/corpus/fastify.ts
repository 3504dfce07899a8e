import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import sensible from '@fastify/sensible';
import { Type } from '@sinclair/typebox';
import { StatusCodes } from 'http-status-codes';
import { productsRepo } from './repo.js';

type IdParams = { Params: { id: string } };

const Product = Type.Object({
  id: Type.String(),
  name: Type.String({ maxLength: 120 }),
  price: Type.Number({ minimum: 100 }),
});

export async function buildApp(): Promise<FastifyInstance> {
  const fastify = Fastify({ logger: true, bodyLimit: 1048576, connectionTimeout: 500 });
  await fastify.register(sensible);

  fastify.get('/products/:id', {
    schema: {
      response: {
        200: Product,
        404: Type.Object({ message: Type.String() }),
        '5xx': Type.Object({ message: Type.String() }),
      },
    },
  }, async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
    const product = await productsRepo.find(request.params.id);
    if (!product) {
      return reply.code(404).send({ message: 'Product not found' }); // expect: no-magic-status
    }
    return reply.code(200).send(product); // expect: no-magic-status
  });

  fastify.post('/products', async (request, reply) => {
    const product = await productsRepo.create(request.body);
    reply.header('Location', `/products/${product.id}`);
    return reply.status(201).send(product); // expect: no-magic-status
  });

  fastify.put<IdParams>('/products/:id', async (request, reply) => {
    await productsRepo.replace(request.params.id, request.body);
    reply.statusCode = 204; // expect: no-magic-status
    return reply.send();
  });

  fastify.delete<IdParams>('/products/:id', async (request, reply) => {
    await productsRepo.remove(request.params.id);
    return reply.code(204).send({ ok: true }); // expect: no-magic-status, no-body-with-bodiless-status
  });

  fastify.get('/cart', async (request, reply) => {
    if (!request.headers.authorization) {
      return reply.code(401).send({ error: 'Unauthorized' }); // expect: no-magic-status, require-status-headers
    }
    return productsRepo.cart(request.headers.authorization);
  });

  fastify.get('/orders', async (request, reply) => {
    if (!request.headers.authorization) {
      return reply.header('WWW-Authenticate', 'Bearer').code(401).send(); // expect: no-magic-status
    }
    return productsRepo.orders({ limit: 100 });
  });

  fastify.route({
    method: ['PUT', 'PATCH'],
    url: '/catalog',
    handler: async (request, reply) => reply.code(405).headers({ allow: 'GET' }).send(), // expect: no-magic-status
  });

  fastify.post('/catalog/import', async (request, reply) => {
    return reply.code(405).send({ error: 'read-only catalog' }); // expect: no-magic-status, require-status-headers
  });

  fastify.get('/shop', async (request, reply) => reply.redirect('/store', 301)); // expect: no-magic-status

  fastify.get('/store/old', async (request, reply) => {
    return reply.code(302).send(); // expect: no-magic-status, require-status-headers
  });

  fastify.get('/store/legacy', async (request, reply) => {
    return reply.code(307).header('Location', '/store').send(); // expect: no-magic-status
  });

  fastify.get('/realtime', async (request, reply) => {
    return reply.code(426).send({ error: 'upgrade to websocket' }); // expect: no-magic-status, require-status-headers
  });

  fastify.get('/blocked', async (request, reply) => reply.code(444).send()); // expect: no-unknown-status

  fastify.get('/switch', async (request, reply) => reply.code(306).send()); // expect: no-magic-status, no-deprecated-status

  fastify.get('/limits', async (request, reply) => {
    reply.header('Retry-After', 120);
    return reply.code(StatusCodes.TOO_MANY_REQUESTS).send({ retryInMs: 120000 });
  });

  fastify.get('/early', async (request, reply) => {
    return reply.code(100).send('continue please'); // expect: no-magic-status, no-body-with-bodiless-status
  });

  fastify.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed');
    void reply.status(error.statusCode ?? 500).send({ message: error.message }); // expect: no-magic-status
  });

  fastify.setNotFoundHandler((request, reply) => {
    void reply.code(404).type('text/plain').send('Not Found'); // expect: no-magic-status
  });

  await fastify.listen({ port: 3000, host: '0.0.0.0' });
  return fastify;
}
