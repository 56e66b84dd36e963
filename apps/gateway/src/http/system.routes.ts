import type { HttpApp } from '@bazaar/platform';
import { checkSystemHealth } from '../use-cases/check-system-health.js';

/** GET /health/system: 200 when every service has a ready replica, else 503 naming what is not. */
export function registerSystemRoutes(app: HttpApp, services: Record<string, string[]>): void {
  app.get('/health/system', { schema: { hide: true } }, async (_request, reply) => {
    const health = await checkSystemHealth(services);
    return reply.status(health.status === 'ok' ? 200 : 503).send(health);
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
