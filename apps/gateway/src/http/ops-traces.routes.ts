import {
  createServiceClient,
  currentTelemetry,
  registerRoute,
  type AuthGuards,
  type HttpApp,
} from '@bazaar/platform';
import { opsTraceRoutes } from '@bazaar/contracts/gateway';
import { spanRoutes } from '@bazaar/contracts/routes';
import { gatherTraces, type SpanReader } from '../use-cases/gather-traces.js';

/**
 * GET /api/ops/traces (admin): traces gathered from the gateway's own span store and from every
 * replica of every service (each is asked on its own, not through the balancing client).
 */
export function registerOpsTraceRoutes(
  app: HttpApp,
  services: Record<string, string[]>,
  guards: AuthGuards,
  timeoutMs: number,
): void {
  const replicas = Object.entries(services).flatMap(([name, urls]) =>
    urls.map((url) => createServiceClient({ name, baseUrls: [url], timeoutMs })),
  );
  const readers: SpanReader[] = [
    async (selection) =>
      currentTelemetry()?.spanStore?.find({ ...selection, traceIds: selection.traceIds?.split(',') }) ?? [],
    ...replicas.map((client): SpanReader => async (query) => {
      const response = await client.call(spanRoutes.listSpans, { query });
      return response.status === 200 ? response.body.items : [];
    }),
  ];
  app.addHook('onClose', async () => {
    await Promise.all(replicas.map((client) => client.close()));
  });
  registerRoute(
    app,
    opsTraceRoutes.listTraces,
    async (request) => ({ items: await gatherTraces(readers, request.query) }),
    {
      onRequest: guards.requireAdmin,
    },
  );
}
