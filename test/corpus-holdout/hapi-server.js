'use strict';

// Notes service on @hapi/hapi
const Hapi = require('@hapi/hapi');
const Boom = require('@hapi/boom');
const { StatusCodes } = require('http-status-codes');

const MAX_NOTES = 300;
const PREVIEW_CHARS = 140;

async function buildServer(notes) {
  const server = Hapi.server({ port: 8443, host: '0.0.0.0', routes: { payload: { maxBytes: 512 * 1024 } } });

  server.route({
    method: 'GET',
    path: '/notes',
    handler: (request, h) => {
      const limit = Math.min(Number(request.query.limit) || 100, MAX_NOTES);
      const rows = notes.list(limit).map((n) => ({ ...n, preview: n.text.slice(0, PREVIEW_CHARS) }));
      return h.response(rows).code(200); // expect: no-magic-status
    },
  });

  server.route({
    method: 'POST',
    path: '/notes',
    handler: async (request, h) => {
      const note = await notes.create(request.payload);
      return h
        .response(note)
        .code(201) // expect: no-magic-status
        .header('Location', `/notes/${note.id}`);
    },
  });

  server.route({
    method: 'DELETE',
    path: '/notes/{id}',
    handler: async (request, h) => {
      const removed = await notes.remove(request.params.id);
      if (!removed) throw Boom.notFound('no such note');
      return h.response().code(204); // expect: no-magic-status
    },
  });

  server.route({
    method: 'GET',
    path: '/notes/private',
    handler: (request, h) => {
      if (!request.headers.authorization) {
        return h.response({ error: 'unauthenticated' }).code(401); // expect: no-magic-status, require-status-headers
      }
      return notes.privateOnes(request.headers.authorization);
    },
  });

  server.route({
    method: 'GET',
    path: '/notes/shared',
    handler: (request, h) => {
      if (!request.query.key) {
        return h
          .response({ error: 'share key required' })
          .code(401) // expect: no-magic-status
          .header('WWW-Authenticate', 'Key realm="notes"');
      }
      if (request.query.key.length !== 32) throw Boom.unauthorized('bad key', 'Key');
      return notes.shared(request.query.key);
    },
  });

  server.route({
    method: 'GET',
    path: '/n/{id}',
    handler: (request, h) => h.response('moved').code(301), // expect: no-magic-status, require-status-headers
  });

  server.route({
    method: 'GET',
    path: '/notes/v1/{id}',
    handler: (request, h) => h.redirect(`/notes/${request.params.id}`).permanent(),
  });

  server.route({
    method: 'GET',
    path: '/notes/v0/{id}',
    handler: (request, h) => h.redirect(`/notes/${request.params.id}`).code(308), // expect: no-magic-status
  });

  server.route({
    method: 'GET',
    path: '/notes/drop',
    handler: (request, h) => h.response().code(444), // expect: no-unknown-status
  });

  server.route({
    method: 'POST',
    path: '/notes/reindex',
    handler: (request, h) => h.response().code(StatusCodes.PROCESSING), // expect: no-deprecated-status
  });

  server.ext('onPreResponse', (request, h) => {
    const response = request.response;
    if (response.isBoom && response.output.statusCode >= 500) {
      request.log(['error'], response);
    }
    if (response.isBoom && response.output.statusCode === 404) { // expect: no-magic-status
      return h
        .view('404', { title: 'Note not found', width: 600 })
        .code(404); // expect: no-magic-status
    }
    return h.continue;
  });

  await server.start();
  return server;
}

module.exports = { buildServer };
