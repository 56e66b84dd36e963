import rateLimit from '@fastify/rate-limit';
import {
  AppError,
  createAuthGuards,
  createHttpServer,
  createMetricsRegistry,
  loadLimitsOf,
  type HttpApp,
  type TokenVerifier,
} from '@bazaar/platform';
import type { GatewayConfig } from './config.js';
import { upstreamUrls, type Upstreams } from './upstreams.js';
import { registerAuthRoutes } from './http/auth.routes.js';
import { registerCatalogRoutes } from './http/catalog.routes.js';
import { registerAdminRoutes } from './http/admin.routes.js';
import { registerSystemRoutes } from './http/system.routes.js';
import { registerCartRoutes } from './http/cart.routes.js';
import { registerCheckoutRoutes } from './http/checkout.routes.js';
import { registerNotificationRoutes } from './http/notifications.routes.js';
import { registerRecommendationRoutes } from './http/recommendations.routes.js';
import { registerSearchRoutes } from './http/search.routes.js';
import { registerWebApp } from './http/web-app.js';
import { registerLiveRoutes } from './http/live.routes.js';
import { routeDeadlines } from './route-deadlines.js';
import { registerOpsRoutes } from './http/ops.routes.js';
import { registerOpsTraceRoutes } from './http/ops-traces.routes.js';
import { registerOpsMetricsRoutes } from './http/ops-metrics.routes.js';
import { clientAddressOf } from './http/client-address.js';
import { openRateLimitRedis } from './rate-limit-store.js';

/** What the gateway is built from; tests pass their own upstreams and verifier. */
export interface GatewayDeps {
  config: GatewayConfig;
  upstreams: Upstreams;
  verifyToken: TokenVerifier;
}

/** Builds the gateway app: the public API of api.md over the services. Never listens. */
export async function buildApp({ config, upstreams, verifyToken }: GatewayDeps): Promise<HttpApp> {
  const metricsRegistry = createMetricsRegistry({
    service: 'gateway',
    instance: config.SERVICE_INSTANCE ?? 'gateway',
  });
  const app = await createHttpServer({
    service: 'gateway',
    instance: config.SERVICE_INSTANCE,
    metricsRegistry,
    publicPort: { metricsToken: config.METRICS_TOKEN },
    description: 'Bazaar public API',
    log: { level: config.LOG_LEVEL, format: config.LOG_FORMAT },
    bodyLimit: config.BODY_LIMIT_BYTES,
    deadlineOf: routeDeadlines(config),
    loadLimits: loadLimitsOf(config),
    development: config.BAZAAR_ENV === 'development',
    onClose: async () => {
      await Promise.all(Object.values(upstreams).map((client) => client.close()));
    },
  });
  const redis = await openRateLimitRedis(config);
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    keyGenerator: (request) => clientAddressOf(request, config.TRUSTED_PROXIES),
    ...(redis ? { redis, nameSpace: config.RATE_LIMIT_KEY_PREFIX, skipOnError: true } : {}),
    allowList: (request) => request.url.startsWith('/health/') || request.url === '/metrics',
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', {
        detail: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`,
        headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      }),
  });
  const guards = createAuthGuards(verifyToken);
  registerAuthRoutes(app, upstreams, guards, config);
  registerCatalogRoutes(app, upstreams, config.OPTIONAL_PART_BUDGET_MS);
  registerCartRoutes(app, upstreams, guards);
  registerCheckoutRoutes(app, upstreams, guards);
  registerNotificationRoutes(app, upstreams, guards);
  registerLiveRoutes(app, upstreams, guards);
  registerRecommendationRoutes(app, upstreams, guards, config.OPTIONAL_PART_BUDGET_MS);
  registerSearchRoutes(app, upstreams, guards);
  registerAdminRoutes(app, upstreams, guards);
  registerOpsRoutes(app, upstreams, guards, config);
  registerSystemRoutes(app, upstreamUrls(config), guards);
  registerOpsTraceRoutes(app, upstreamUrls(config), guards, config.UPSTREAM_TIMEOUT_MS);
  registerOpsMetricsRoutes(app, upstreamUrls(config), guards, () => metricsRegistry.metrics());
  await registerWebApp(app);
  return app;
}
