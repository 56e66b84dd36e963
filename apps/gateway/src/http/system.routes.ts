import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { checkSystemHealth, withoutAddresses } from '../use-cases/check-system-health.js';

/**
 * GET /health/system: 200 when every service has a ready replica, else 503 naming what is not.
 * Instance addresses are internal: only an admin's request sees them.
 */
export function registerSystemRoutes(
  app: HttpApp,
  services: Record<string, string[]>,
  guards: AuthGuards,
): void {
  app.get('/health/system', { schema: { hide: true } }, async (request, reply) => {
    const health = await checkSystemHealth(services);
    const isAdmin =
      request.headers.authorization !== undefined &&
      (await guards.requireAdmin.call(app as never, request, reply).then(
        () => true,
        () => false,
      ));
    return reply.status(health.status === 'ok' ? 200 : 503).send(isAdmin ? health : withoutAddresses(health));
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
