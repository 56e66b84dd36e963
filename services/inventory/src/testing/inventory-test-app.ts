// Test support: inventory built in-process as main.ts builds it, on a test database and bus.
import {
  loadConfig,
  openServiceResources,
  type DatabaseLocation,
  type HttpApp,
  type ServiceResources,
  type TokenVerifier,
} from '@bazaar/platform';
import { createTestBusPeer, type TestBusPeer } from '@bazaar/platform/testing';
import { StockChanged, StockRejected, StockReleased, StockReserved } from '@bazaar/contracts/inventory';
import { buildApp } from '../app.js';
import { inventoryConfigSchema, type InventoryConfig } from '../config.js';
import type { InventorySchema } from '../data/inventory-schema.js';
import { inventoryMigrations } from '../data/migrations/index.js';
import { startReservationSweeper } from '../expiry/reservation-sweeper.js';

/** A running inventory app (never listening), its resources and configuration. */
export interface InventoryTestApp {
  app: HttpApp;
  resources: ServiceResources<InventorySchema>;
  config: InventoryConfig;
}

/** Starts inventory on the location's database and embedded bus; closing the app closes both. */
export async function startInventory(
  location: DatabaseLocation,
  verifyToken: TokenVerifier,
  env: Record<string, string> = {},
): Promise<InventoryTestApp> {
  const config = loadConfig(inventoryConfigSchema, {
    DATA_DIR: location.dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  const opened = await openServiceResources<InventorySchema>({
    service: 'inventory',
    config,
    migrations: inventoryMigrations,
    serviceDatabaseUrl: location.serviceDatabaseUrl,
  });
  const resources = { ...opened, verifyToken };
  const app = await buildApp({ config, resources });
  await resources.bus.start();
  startReservationSweeper(app, { ...resources, intervalMs: config.RESERVATION_SWEEP_MS });
  await app.ready();
  return { app, resources, config };
}

/**
 * A bus peer that hears every event inventory publishes. Start it before inventory publishes
 * anything: the embedded broker keeps an event nobody is bound to unsent, holding back the rest.
 */
export function listenToInventory(dataDir: string): Promise<TestBusPeer> {
  return createTestBusPeer({
    dataDir,
    listenTo: [StockReserved, StockRejected, StockReleased, StockChanged],
  });
}
