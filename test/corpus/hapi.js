'use strict';

const Hapi = require('@hapi/hapi');
const Boom = require('@hapi/boom');
const Joi = require('joi');
const { StatusCodes } = require('http-status-codes');
const store = require('./store');

const init = async () => {
  const server = Hapi.server({ port: 3000, host: 'localhost', routes: { timeout: { server: 500, socket: 600 } } });

  server.route({
    method: 'GET',
    path: '/books/{id}',
    options: { validate: { params: Joi.object({ id: Joi.string().max(200) }) } },
    handler: async (request, h) => {
      const book = await store.books.find(request.params.id);
      if (!book) {
        return h.response({ message: 'not found' }).code(404); // expect: no-magic-status
      }
      return h.response(book).code(200); // expect: no-magic-status
    },
  });

  server.route({
    method: 'POST',
    path: '/books',
    options: { payload: { maxBytes: 1048576 } },
    handler: async (request, h) => {
      const book = await store.books.create(request.payload);
      return h.response(book).code(201).header('Location', `/books/${book.id}`); // expect: no-magic-status
    },
  });

  server.route({
    method: 'DELETE',
    path: '/books/{id}',
    handler: async (request, h) => {
      await store.books.remove(request.params.id);
      return h.response().code(204); // expect: no-magic-status
    },
  });

  server.route({
    method: 'DELETE',
    path: '/shelves/{id}',
    handler: async (request, h) => {
      const removed = await store.shelves.remove(request.params.id);
      return h.response({ removed }).code(204); // expect: no-magic-status, no-body-with-bodiless-status
    },
  });

  server.route({
    method: 'GET',
    path: '/library-card',
    handler: (request, h) => {
      if (!request.auth.credentials) {
        return h.response({ error: 'login' }).code(401); // expect: no-magic-status, require-status-headers
      }
      return store.cards.get(request.auth.credentials.id);
    },
  });

  server.route({
    method: 'GET',
    path: '/reading-list',
    handler: (request, h) => {
      if (!request.auth.credentials) {
        return h.response().code(401).header('WWW-Authenticate', 'Bearer realm="library"'); // expect: no-magic-status
      }
      if (!request.auth.credentials.scope.includes('reader')) {
        throw Boom.forbidden('Readers only');
      }
      return store.lists.get(request.auth.credentials.id);
    },
  });

  server.route({ method: 'GET', path: '/catalogue', handler: (request, h) => h.redirect('/books').code(301) }); // expect: no-magic-status

  server.route({ method: 'GET', path: '/authors', handler: (request, h) => h.response('See /people').code(303) }); // expect: no-magic-status, require-status-headers

  server.route({ method: 'GET', path: '/mirror', handler: (request, h) => h.response('Use proxy').code(305) }); // expect: no-magic-status, no-deprecated-status

  server.route({ method: 'GET', path: '/origin', handler: (request, h) => h.response('origin is down').code(521) }); // expect: no-unknown-status

  server.route({
    method: 'GET',
    path: '/covers/{id}',
    handler: async (request, h) => {
      const cover = await store.covers.get(request.params.id);
      if (request.headers['if-none-match'] === cover.etag) {
        return h.response(cover.data).code(304); // expect: no-magic-status, no-body-with-bodiless-status
      }
      return h.response(cover.data).type('image/png').code(StatusCodes.OK).ttl(300 * 1000);
    },
  });

  server.ext('onPreResponse', (request, h) => {
    const { response } = request;
    if (response.isBoom && response.output.statusCode === 404) { // expect: no-magic-status
      return h.view('not-found').code(404); // expect: no-magic-status
    }
    return h.continue;
  });

  await server.start();
  console.log('Server running on %s', server.info.uri);
};

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

init();
