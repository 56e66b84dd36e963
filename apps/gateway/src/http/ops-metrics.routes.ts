import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { opsMetricsRoutes as routes } from '@bazaar/contracts/gateway';
import { bazaar } from '@bazaar/system';
import { increasesOver } from '../ops-metrics/metrics-history.js';
import { MetricsSampler } from '../ops-metrics/metrics-sampler.js';
import { measureEdges } from '../ops-metrics/measure-edges.js';
import { readBreakers } from '../ops-metrics/read-breakers.js';

/** GET /api/ops/edges and /api/ops/breakers (admin): live figures from every process's /metrics. */
export function registerOpsMetricsRoutes(
  app: HttpApp,
  services: Record<string, string[]>,
  guards: AuthGuards,
  ownMetrics: () => Promise<string>,
): void {
  const sampler = new MetricsSampler(services, ownMetrics);
  app.addHook('onClose', async () => sampler.close());
  const options = { onRequest: guards.requireAdmin };
  registerRoute(
    app,
    routes.listEdges,
    async (request) => {
      const increases = increasesOver(await sampler.history(), request.query.window ?? 60);
      return { items: measureEdges(bazaar, increases) };
    },
    options,
  );
  registerRoute(
    app,
    routes.listBreakers,
    async () => ({ items: readBreakers(await sampler.history()) }),
    options,
  );
}
