import type { FastifyInstance } from 'fastify';

/** The CSP every API answer carries: nothing may frame it (clickjacking). */
export const apiContentSecurityPolicy = "frame-ancestors 'none'";

const safeMethods = new Set(['GET', 'HEAD']);

/**
 * Keeps private answers out of every cache: only an anonymous read that succeeded may be cached.
 * An error, an answer to a request that carried credentials, one that sets a cookie, and the answer
 * to a write (a sign-in's token) are sent `Cache-Control: no-store` whatever the route set, keeping
 * its `no-transform` (a live stream must not be buffered). Every answer also says that no page may
 * frame it, unless the route set a policy of its own (the web app's pages).
 */
export function installCacheHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const isPrivate =
      reply.statusCode >= 400 ||
      !safeMethods.has(request.method) ||
      request.headers.authorization !== undefined ||
      reply.hasHeader('set-cookie');
    if (isPrivate) {
      const noTransform = /no-transform/.test(String(reply.getHeader('cache-control') ?? ''));
      void reply.header('cache-control', noTransform ? 'no-store, no-transform' : 'no-store');
    }
    if (!reply.hasHeader('content-security-policy')) {
      void reply.header('content-security-policy', apiContentSecurityPolicy);
    }
    return payload;
  });
}
