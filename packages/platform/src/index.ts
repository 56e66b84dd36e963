// The service kit: everything a Bazaar service needs that is not its business.
export * from './config/load-config.js';
export * from './config/common-config.js';
export * from './context/request-context.js';
export * from './logging/create-logger.js';
export * from './http/error-catalog.js';
export * from './http/app-error.js';
export * from './http/problem-details.js';
export * from './http/create-http-server.js';
export * from './http/event-stream.js';
export * from './live/change-signals.js';
export * from './live/follow-changes.js';
export * from './health/health-routes.js';
export * from './metrics/metrics-registry.js';
export * from './client/service-client.js';
export * from './client/service-stream.js';
export * from './data/database.js';
export * from './data/migrations.js';
export * from './data/postgres-database.js';
export * from './auth/token-verifier.js';
export * from './auth/auth-guards.js';
export * from './service/serve-until-stopped.js';
export * from './service/run-service.js';
export * from './bus/index.js';
// carries @fastify/swagger's schema options (hide, tags) to every app built on the kit
export type { SwaggerOptions } from '@fastify/swagger';
export * from './service/open-service-resources.js';
export * from './data/engine-of.js';
