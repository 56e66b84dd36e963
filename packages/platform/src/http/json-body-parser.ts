import type { FastifyInstance } from 'fastify';

/**
 * Keeps Fastify's safe JSON parser (prototype-poisoning checks) but treats an empty body sent as
 * `application/json` as no body, as many clients send it on POSTs that carry nothing.
 */
export function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) {
      done(null, undefined);
      return;
    }
    parseJson(request, String(body), done);
  });
}
