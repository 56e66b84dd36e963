// Test support: inventory started in-process as main.ts starts it, on a test database and bus.
import {
  type DatabaseLocation,
  type HttpApp,
  type ServiceResources,
  type TokenVerifier,
} from '@bazaar/platform';
import { createTestBusPeer, startServiceInProcess, type TestBusPeer } from '@bazaar/platform/testing';
import { StockChanged, StockRejected, StockReleased, StockReserved } from '@bazaar/contracts/inventory';
import type { InventoryConfig } from '../config.js';
import type { InventorySchema } from '../data/inventory-schema.js';
import { inventoryService } from '../service.js';

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
  return startServiceInProcess(inventoryService, { location, verifyToken, env });
}

/**
 * A bus peer that hears every event inventory publishes. Start it before inventory publishes
 * anything: an event routed before the peer's queue exists never reaches the peer.
 */
export function listenToInventory(dataDir: string): Promise<TestBusPeer> {
  return createTestBusPeer({
    dataDir,
    listenTo: [StockReserved, StockRejected, StockReleased, StockChanged],
  });
}
