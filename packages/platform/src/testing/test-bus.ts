import type { Database } from '../data/database.js';
import { createLogger } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { bazaar } from '@bazaar/system';
import { createBus, type Bus } from '../bus/create-bus.js';
import { declaredBus } from '../service/declared-bus.js';

/**
 * A service's bus for an in-process test: the embedded broker in the test's data folder, a silent
 * logger, held to the service's declaration. Publishing writes to the outbox at once; call
 * `start()` to deliver and consume.
 */
export function createTestBus<Schema>(
  service: string,
  database: Database<Schema>,
  dataDir: string,
): Bus<Schema> {
  const bus = createBus<Schema>({
    service,
    dataDir,
    database,
    logger: createLogger({ service, level: 'silent' }),
    metricsRegistry: createMetricsRegistry({ service, instance: service }),
  });
  return declaredBus(bus, bazaar.process(service));
}
