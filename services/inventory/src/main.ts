// inventory: stock on hand and the reservations that hold it for orders.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { inventoryConfigSchema } from './config.js';
import type { InventorySchema } from './data/inventory-schema.js';
import { inventoryMigrations } from './data/migrations/index.js';
import { startReservationSweeper } from './expiry/reservation-sweeper.js';

const config = loadConfigOrExit(inventoryConfigSchema);
const resources = await openServiceResources<InventorySchema>({
  service: 'inventory',
  config,
  migrations: inventoryMigrations,
  serviceDatabaseUrl: config.INVENTORY_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
startReservationSweeper(app, { ...resources, intervalMs: config.RESERVATION_SWEEP_MS });
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
