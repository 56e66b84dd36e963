import type { FastifyInstance } from 'fastify';
import { runInRequestContext, type RequestContext } from '../context/request-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Request id, correlation id and the caller's credentials, for logs and outbound calls. */
    context: RequestContext | null;
  }
}

/**
 * Makes each request's context (ids, caller's credentials) current for its hooks and handler.
 * It is entered twice: at onRequest for the hooks, and again at preHandler because body parsing
 * (stream events) loses the async context in between.
 */
export function installRequestContext(app: FastifyInstance): void {
  app.decorateRequest('context', null);
  app.addHook('onRequest', (request, reply, done) => {
    const authorization = headerValue(request.headers.authorization, 8192);
    request.context = {
      requestId: request.id,
      correlationId: headerValue(request.headers['x-correlation-id'], 200) ?? request.id,
      ...(authorization ? { authorization } : {}),
    };
    void reply.header('x-request-id', request.id);
    runInRequestContext(request.context, done);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.context) runInRequestContext(request.context, done);
    else done();
  });
}

function headerValue(value: string | string[] | undefined, maxLength: number): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length <= maxLength ? first : undefined;
}
