import type { TObject } from 'typebox';
import { loadConfigOrExit } from '../config/load-config.js';
import { serveUntilStopped } from './serve-until-stopped.js';
import { startTelemetry } from '../tracing/start-telemetry.js';
import { startService, type RunnableServiceConfig, type ServiceDefinition } from './start-service.js';

/**
 * Runs a service process (its `main.ts`): loads its configuration (or exits), starts it as
 * `startService` does and serves until SIGTERM or SIGINT.
 */
export async function runService<S extends TObject, Schema>(
  definition: ServiceDefinition<S, Schema>,
): Promise<void> {
  const schema: S = definition.configSchema;
  const loaded = loadConfigOrExit(schema);
  const settings = loaded as unknown as RunnableServiceConfig;
  const service = definition.service;
  const telemetry = startTelemetry({ service, instance: settings.SERVICE_INSTANCE ?? service }, settings);
  const { app } = await startService(definition, loaded);
  app.addHook('onClose', () => telemetry.shutdown());
  await serveUntilStopped(app, {
    port: settings.PORT,
    host: settings.HOST,
    shutdownTimeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
  });
}
