// Test support: a service started in-process exactly as its main.ts starts it (runService), on a
// test database location, without listening; closing the app closes its bus and database.
import type { TObject } from 'typebox';
import { loadConfig } from '../config/load-config.js';
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
    DATA_DIR: location.dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}),
    ...(location.serviceDatabaseUrl ? { [databaseKey]: location.serviceDatabaseUrl } : {}),
    ...options.env,
  });
  const started = await startService(definition, config, options);
  await started.app.ready();
  return started;
}
