// The service kit: everything a Bazaar service needs that is not its business. Each name is
// exported on purpose; what is not listed here is the kit's own business.
export { ConfigError, loadConfig, loadConfigOrExit } from './config/load-config.js';
export { commonConfig, portConfig, serviceDatabaseConfig } from './config/common-config.js';
export { baseUrlList } from './config/base-url-list.js';
export { createLogger } from './logging/create-logger.js';
export { errorCatalog, type CatalogErrorCode } from './http/error-catalog.js';
export {
  AppError,
  conflict,
  forbidden,
  notFound,
  serviceUnavailable,
  unauthenticated,
  validationFailed,
  type FieldError,
} from './http/app-error.js';
export { signedInUserId } from './auth/signed-in-user.js';
export { createHttpServer, type HttpApp, type HttpServerOptions } from './http/create-http-server.js';
export type { ReadinessCheck } from './health/health-routes.js';
export { processVersion } from './health/process-version.js';
export { createMetricsRegistry } from './metrics/metrics-registry.js';
export {
  createServiceClient,
  type ServiceClient,
  type ServiceClientOptions,
  type ServiceRequest,
  type ServiceResponse,
} from './client/service-client.js';
export { openDatabase, type Database, type DatabaseEngine, type DatabaseLocation } from './data/database.js';
export type { MigrationSet } from './data/migrations.js';
export { isPostgres } from './data/engine-of.js';
export { isUniqueViolation } from './data/unique-violation.js';
export { createTokenVerifier, type AuthenticatedUser, type TokenVerifier } from './auth/token-verifier.js';
export { createAuthGuards, type AuthGuards } from './auth/auth-guards.js';
export { createIdentityTokenVerifier } from './auth/identity-token-verifier.js';
export { installServiceCredential, serviceCredentialHeaders } from './client/service-credential.js';
export { serviceCredentialMinter } from './service/service-identity.js';
export { serviceCredentialHeader } from './auth/service-keys.js';
export type { CurrentRoleLookup } from './auth/current-role.js';
export { serveUntilStopped } from './service/serve-until-stopped.js';
export {
  openServiceResources,
  type ServiceResources,
  type ServiceSettings,
} from './service/open-service-resources.js';
export {
  startService,
  type RunnableServiceConfig,
  type ServiceAppDeps,
  type ServiceDefinition,
  type StartHook,
} from './service/start-service.js';
export { runService } from './service/run-service.js';
export { currentTelemetry, startTelemetry, type Telemetry } from './tracing/start-telemetry.js';
export { telemetryConfig, type TelemetrySettings } from './tracing/telemetry-config.js';
export type { SpanQuery, SpanStore } from './tracing/span-store.js';
export { newestTraceIds } from './tracing/newest-traces.js';
export { startPeriodicJob, type PeriodicJob } from './service/periodic-job.js';
export { assertDeclaredConfig } from './service/declared-config.js';
export {
  busMigrations,
  createBus,
  InvalidEventError,
  type Bus,
  type BusTables,
  type ReceivedEvent,
  type Subscription,
} from './bus/index.js';
export {
  openEventStream,
  installEventStreams,
  openEventStreamCount,
  type EventStream,
  type ServerSentEvent,
} from './http/event-stream.js';
export { ChangeSignals } from './live/change-signals.js';
export { followChanges, type FollowOptions } from './live/follow-changes.js';
export { openServiceStream, type ServiceStream, type StreamInput } from './client/service-stream.js';
export { UpstreamResponseError } from './client/upstream-response-error.js';
export { deadlineHeader, remainingMs, withinBudget } from './context/deadline.js';
export type { RequestDeadline } from './http/deadline-hooks.js';
export { loadLimitsOf } from './config/load-limits.js';
export type { LoadLimits } from './http/load-shedding.js';
export type { RouteInput, RouteResponse } from './client/call-route.js';
export {
  registerRoute,
  type RouteHandler,
  type RouteOptions,
  type RouteSchema,
} from './http/register-route.js';
// carries @fastify/swagger's schema options (hide, tags) to every app built on the kit
export type { SwaggerOptions } from '@fastify/swagger';
