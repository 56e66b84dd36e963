import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { bazaar, type ProcessDeclaration } from '@bazaar/system';
import { createLogger } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { openDatabase, type Database } from '../data/database.js';
import type { MigrationSet } from '../data/migrations.js';
import { createBus, type Bus } from '../bus/create-bus.js';
import { busMigrations } from '../bus/bus-migrations.js';
import type { TransportTuning } from '../bus/transport-choice.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { createIdentityTokenVerifier } from '../auth/identity-token-verifier.js';
import type { HttpServerOptions } from '../http/create-http-server.js';
import { declaredBus } from './declared-bus.js';
import { loadLimitsOf } from '../config/load-limits.js';
import type { TelemetrySettings } from '../tracing/telemetry-config.js';
import { installServiceCredential } from '../client/service-credential.js';
import { callerCheckOptions, serviceCredentialMinter } from './service-identity.js';

/** The common configuration keys a service's resources are opened from (see `commonConfig`). */
export interface ServiceSettings extends TelemetrySettings {
  DATA_DIR: string;
  DATABASE_URL?: string | undefined;
  BUS_URL?: string | undefined;
  LOG_LEVEL: string;
  LOG_FORMAT?: 'json' | 'pretty' | undefined;
  SERVICE_INSTANCE?: string | undefined;
  IDENTITY_URL: string;
  SHED_EVENT_LOOP_DELAY_MS?: number;
  SHED_HEAP_USED_BYTES?: number;
  SHED_MAX_IN_FLIGHT?: number;
  BAZAAR_ENV?: 'production' | 'development' | undefined;
  SERVICE_KEY?: string | undefined;
  SERVICE_PUBLIC_KEYS?: string | undefined;
  METRICS_TOKEN?: string | undefined;
}

/** What a service process runs on: its logger, metrics, own database, bus and token verifier. */
export interface ServiceResources<Schema> {
  service: string;
  instance: string;
  logger: Logger;
  metricsRegistry: Registry;
  database: Database<Schema>;
  bus: Bus<Schema>;
  verifyToken: TokenVerifier;
  /** Options for `createHttpServer`: readiness of database and bus, and closing both on shutdown. */
  httpOptions: HttpServerOptions;
}

/** Which service, its configuration, its own migrations and (optionally) its own database URL. */
export interface ServiceResourceOptions {
  service: string;
  config: ServiceSettings;
  migrations: MigrationSet;
  serviceDatabaseUrl?: string | undefined;
  busTuning?: Partial<TransportTuning>;
  /** What the bus may publish and subscribe; default: the service's entry in system/bazaar.system.ts. */
  declaration?: ProcessDeclaration;
}

/**
 * Opens everything a service runs on, in order: logger and metrics, the database (its migrations
 * plus the bus's outbox and inbox tables), the bus (not started; held to the service's declaration),
 * and the JWKS token verifier.
 */
export async function openServiceResources<Schema>(
  options: ServiceResourceOptions,
): Promise<ServiceResources<Schema>> {
  const { service, config } = options;
  const instance = config.SERVICE_INSTANCE ?? service;
  const logger = createLogger({ service, instance, level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const metricsRegistry = createMetricsRegistry({ service, instance });
  const database = await openDatabase<Schema>(
    {
      service,
      dataDir: config.DATA_DIR,
      databaseUrl: config.DATABASE_URL,
      serviceDatabaseUrl: options.serviceDatabaseUrl,
    },
    { ...busMigrations, ...options.migrations },
  );
  const unchecked = createBus<Schema>({
    service,
    busUrl: config.BUS_URL,
    dataDir: config.DATA_DIR,
    database,
    logger,
    metricsRegistry,
    ...(options.busTuning ? { tuning: options.busTuning } : {}),
  });
  const bus = declaredBus(unchecked, options.declaration ?? bazaar.process(service));
  installServiceCredential(serviceCredentialMinter(service, config));
  const verifyToken = createIdentityTokenVerifier(config.IDENTITY_URL);
  const httpOptions: HttpServerOptions = {
    service,
    instance,
    logger,
    metricsRegistry,
    readiness: [{ name: 'database', check: () => database.ping() }, bus.readiness],
    callers: callerCheckOptions(service, config),
    development: config.BAZAAR_ENV === 'development',
    loadLimits: loadLimitsOf(config),
    deadLetters: {
      parked: bus.deadLetters as Bus<unknown>['deadLetters'],
      verifyToken,
      report: () => bus.report(),
    },
    onClose: async () => {
      await bus.stop();
      await database.close();
    },
  };
  return { service, instance, logger, metricsRegistry, database, bus, verifyToken, httpOptions };
}
