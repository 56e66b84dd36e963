import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { AppError } from './app-error.js';

/**
 * Records every route as it is registered so an unmatched request can be told apart:
 * a known path with another method gets 405 with Allow, anything else 404.
 */
export function installRouteFallbacks(app: FastifyInstance): void {
  const router = FindMyWay({ ignoreTrailingSlash: false });
  const methods = new Set<string>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      methods.add(method);
      try {
        router.on(method as HTTPMethod, route.url, () => undefined);
      } catch {
        // the same method and path registered twice by Fastify (e.g. HEAD): already known
      }
    }
  });
  app.setNotFoundHandler((request: FastifyRequest, _reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = [...methods].filter((method) => router.find(method as HTTPMethod, path) !== null).sort();
    if (allowed.length > 0) {
      throw new AppError('METHOD_NOT_ALLOWED', {
        detail: `${request.method} is not allowed on ${path}.`,
        headers: { allow: allowed.join(', ') },
      });
    }
    throw new AppError('NOT_FOUND', { detail: `No route for ${request.method} ${path}.` });
  });
}
