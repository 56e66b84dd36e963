import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unauthenticated } from './app-error.js';

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function hasMetricsToken(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return false;
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const scraperPaths = new Set(['/metrics', '/openapi.json']);

/**
 * On a port anyone can reach (the gateway's): `/metrics` and the process's own `/openapi.json`
 * answer only a scraper holding the metrics token; everyone else gets 401. The public API's
 * contract stays at `/api/openapi.json`.
 */
export function installScraperOnlyRoutes(app: FastifyInstance, metricsToken: string | undefined): void {
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (scraperPaths.has(path) && !hasMetricsToken(request, metricsToken))
      throw unauthenticated('Metrics are for scrapers: send "Authorization: Bearer <METRICS_TOKEN>".');
  });
}
