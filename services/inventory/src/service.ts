// inventory: stock on hand and the reservations that hold it for orders.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { inventoryConfigSchema } from './config.js';
import type { InventorySchema } from './data/inventory-schema.js';
import { inventoryMigrations } from './data/migrations/index.js';
import { startReservationSweeper } from './expiry/reservation-sweeper.js';

/** inventory: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const inventoryService: ServiceDefinition<typeof inventoryConfigSchema, InventorySchema> = {
  service: 'inventory',
  configSchema: inventoryConfigSchema,
  migrations: inventoryMigrations,
  buildApp,
  onStart: [
    (app, { config, resources }) =>
      startReservationSweeper(app, { ...resources, intervalMs: config.RESERVATION_SWEEP_MS }),
  ],
};
