// Test support: a service started in-process exactly as its main.ts starts it (runService), on a
// test database location, without listening; closing the app closes its bus and database.
import type { TObject } from 'typebox';
import { loadConfig } from '../config/load-config.js';
import { defaultTestCaller, testServiceKeyEnv } from './test-service-keys.js';
import { injectAs } from './inject-as.js';
import type { DatabaseLocation } from '../data/database.js';
import {
  startService,
  type ServiceDefinition,
  type StartedService,
  type StartOverrides,
} from '../service/start-service.js';

/** Where and how a test starts a service: its database location and extra configuration keys. */
export interface InProcessOptions extends StartOverrides {
  location: DatabaseLocation;
  env?: Record<string, string>;
  /**
   * The process `app.inject` calls as, with its credential (as the gateway does on behalf of a
   * user); default: the gateway when it may call the service, else its first declared caller.
   * `null`: requests go as sent, without a credential (to test refusals).
   */
  callAs?: string | null;
}

/** Starts the service on the location (quiet logs unless TEST_LOG_LEVEL), ready for `app.inject`. */
export async function startServiceInProcess<S extends TObject, Schema>(
  definition: ServiceDefinition<S, Schema>,
  options: InProcessOptions,
): Promise<StartedService<S, Schema>> {
  const { location } = options;
  const databaseKey = `${definition.service.toUpperCase().replaceAll('-', '_')}_DATABASE_URL`;
  const schema: S = definition.configSchema;
  const config = loadConfig(schema, {
    ...(await testServiceKeyEnv(definition.service)),
    DATA_DIR: location.dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}),
    ...(location.serviceDatabaseUrl ? { [databaseKey]: location.serviceDatabaseUrl } : {}),
    ...options.env,
  });
  const started = await startService(definition, config, options);
  await started.app.ready();
  const caller = options.callAs === undefined ? defaultTestCaller(definition.service) : options.callAs;
  if (caller) injectAs(started.app, caller, definition.service);
  return started;
}
