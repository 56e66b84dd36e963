import type { FastifyInstance } from 'fastify';

/** The CSP every API answer carries: nothing may frame it (clickjacking). */
export const apiContentSecurityPolicy = "frame-ancestors 'none'";

/**
 * Keeps private answers out of every cache: an error, or an answer to a request that carried
 * credentials, is sent `Cache-Control: no-store` whatever the route set. Every answer also says
 * that no page may frame it, unless the route set a policy of its own (the web app's pages).
 */
export function installCacheHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const isPrivate = reply.statusCode >= 400 || request.headers.authorization !== undefined;
    if (isPrivate) void reply.header('cache-control', 'no-store');
    if (!reply.hasHeader('content-security-policy')) {
      void reply.header('content-security-policy', apiContentSecurityPolicy);
    }
    return payload;
  });
}
