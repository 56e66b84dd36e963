// The one way a service starts, shared by `runService` (main.ts) and `startServiceInProcess`
// (tests): configuration checked against the system declaration, resources opened, app built,
// bus started, start hooks run. Only listening differs.
import type { Static, TObject } from 'typebox';
import { bazaar } from '@bazaar/system';
import type { MigrationSet } from '../data/migrations.js';
import type { HttpApp } from '../http/create-http-server.js';
import type { TransportTuning } from '../bus/transport-choice.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { assertDeclaredConfig } from './declared-config.js';
import {
  openServiceResources,
  type ServiceResources,
  type ServiceSettings,
} from './open-service-resources.js';

/** The configuration keys every service start reads: the resources' settings and where and how long to serve. */
export interface RunnableServiceConfig extends ServiceSettings {
  PORT: number;
  HOST: string;
  SHUTDOWN_TIMEOUT_MS: number;
}

/** `S` when its configuration carries every key a service start reads, otherwise `never`. */
export type RunnableConfigSchema<S extends TObject> = Static<S> extends RunnableServiceConfig ? S : never;

/** What the app of a service is built from. */
export interface ServiceAppDeps<S extends TObject, Schema> {
  config: Static<S>;
  resources: ServiceResources<Schema>;
}

/** Work a service does once its bus has started and before it listens (seed data, an admin account). */
export type StartHook<S extends TObject, Schema> = (
  app: HttpApp,
  deps: ServiceAppDeps<S, Schema>,
) => void | Promise<void>;

/** A service as its `src/service.ts` defines it: name, configuration, migrations, app, start hooks. */
export interface ServiceDefinition<S extends TObject, Schema> {
  /** Its name in system/bazaar.system.ts; its own database URL is read from `<SERVICE>_DATABASE_URL`. */
  service: string;
  configSchema: RunnableConfigSchema<S>;
  migrations: MigrationSet;
  /** Builds the app and declares its subscriptions; no I/O beyond that (start hooks do it). */
  buildApp(deps: ServiceAppDeps<S, Schema>): Promise<HttpApp>;
  /** Run in order after the bus starts and before the app listens. */
  onStart?: readonly StartHook<S, Schema>[];
}

/** What a start may change: the token verifier and bus tuning (tests shorten retries). */
export interface StartOverrides {
  verifyToken?: TokenVerifier;
  busTuning?: Partial<TransportTuning>;
}

/** A started service: its app (not listening yet), its configuration and resources. */
export interface StartedService<S extends TObject, Schema> extends ServiceAppDeps<S, Schema> {
  app: HttpApp;
}

/** Starts a service from its loaded configuration: declaration checks, resources, app, bus, start hooks. */
export async function startService<S extends TObject, Schema>(
  definition: ServiceDefinition<S, Schema>,
  config: Static<S>,
  overrides: StartOverrides = {},
): Promise<StartedService<S, Schema>> {
  const { service } = definition;
  const schema: S = definition.configSchema;
  assertDeclaredConfig(bazaar.process(service), schema);
  // RunnableConfigSchema has checked that the configuration carries these keys.
  const settings = config as Static<S> & RunnableServiceConfig & Record<string, unknown>;
  const serviceDatabaseUrl = settings[`${service.toUpperCase().replaceAll('-', '_')}_DATABASE_URL`];
  const opened = await openServiceResources<Schema>({
    service,
    config: settings,
    migrations: definition.migrations,
    serviceDatabaseUrl: typeof serviceDatabaseUrl === 'string' ? serviceDatabaseUrl : undefined,
    ...(overrides.busTuning ? { busTuning: overrides.busTuning } : {}),
  });
  const resources = overrides.verifyToken ? { ...opened, verifyToken: overrides.verifyToken } : opened;
  const deps = { config, resources };
  const app = await definition.buildApp(deps);
  await resources.bus.start();
  for (const hook of definition.onStart ?? []) await hook(app, deps);
  return { app, ...deps };
}
