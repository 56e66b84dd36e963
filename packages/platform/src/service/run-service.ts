import type { Static, TObject } from 'typebox';
import { loadConfigOrExit } from '../config/load-config.js';
import type { MigrationSet } from '../data/migrations.js';
import type { HttpApp } from '../http/create-http-server.js';
import {
  openServiceResources,
  type ServiceResources,
  type ServiceSettings,
} from './open-service-resources.js';
import { serveUntilStopped } from './serve-until-stopped.js';

/** The configuration keys `runService` reads: the resources' settings and where and how long to serve. */
export interface RunnableServiceConfig extends ServiceSettings {
  PORT: number;
  HOST: string;
  SHUTDOWN_TIMEOUT_MS: number;
}

/** `S` when its configuration carries every key `runService` reads, otherwise `never`. */
export type RunnableConfigSchema<S extends TObject> = Static<S> extends RunnableServiceConfig ? S : never;

/** What the app of a service is built from by `runService`. */
export interface ServiceAppDeps<S extends TObject, Schema> {
  config: Static<S>;
  resources: ServiceResources<Schema>;
}

/** Which service, its configuration schema, its own migrations and how its app is built. */
export interface RunServiceOptions<S extends TObject, Schema> {
  /** The service's name; its own database URL is read from the `<SERVICE>_DATABASE_URL` key. */
  service: string;
  configSchema: RunnableConfigSchema<S>;
  migrations: MigrationSet;
  /** Builds the app and declares its subscriptions (the bus is started afterwards). */
  buildApp(deps: ServiceAppDeps<S, Schema>): Promise<HttpApp>;
  /** Runs after the bus starts and before the app listens (for work that needs the started bus). */
  beforeListen?(app: HttpApp, deps: ServiceAppDeps<S, Schema>): void | Promise<void>;
}

/**
 * Runs a service process: loads its configuration (or exits), opens its resources, builds its app,
 * starts the bus and serves until SIGTERM or SIGINT.
 */
export async function runService<S extends TObject, Schema>(
  options: RunServiceOptions<S, Schema>,
): Promise<void> {
  const { service } = options;
  const configSchema: S = options.configSchema;
  const config = loadConfigOrExit(configSchema);
  // RunnableConfigSchema has checked that the configuration carries these keys.
  const settings = config as Static<S> & RunnableServiceConfig & Record<string, unknown>;
  const serviceDatabaseUrl = settings[`${service.toUpperCase()}_DATABASE_URL`];
  const resources = await openServiceResources<Schema>({
    service,
    config: settings,
    migrations: options.migrations,
    serviceDatabaseUrl: typeof serviceDatabaseUrl === 'string' ? serviceDatabaseUrl : undefined,
  });
  const deps = { config, resources };
  const app = await options.buildApp(deps);
  await resources.bus.start();
  await options.beforeListen?.(app, deps);
  await serveUntilStopped(app, {
    port: settings.PORT,
    host: settings.HOST,
    shutdownTimeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
  });
}
