// Test support: inventory started in-process as main.ts starts it, on a test database and bus.
import { afterAll, beforeAll } from 'vitest';
import {
  type DatabaseEngine,
  type DatabaseLocation,
  type HttpApp,
  type ServiceResources,
  type TokenVerifier,
} from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  startServiceInProcess,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
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

/** Replicas of inventory competing on one database and broker, a peer listening to them, an admin's headers. */
export interface InventoryReplicas {
  replicas: HttpApp[];
  peer: TestBusPeer;
  admin: Record<string, string>;
}

/**
 * Starts inventory before the tests of a `describe` and stops it after: three replicas on PostgreSQL;
 * one on SQLite, where two connections in one process would wait on each other's locks synchronously
 * (separate processes are safe). The fields are set once `beforeAll` has run.
 */
export function useInventoryReplicas(engine: DatabaseEngine): InventoryReplicas {
  const running = { replicas: [], admin: {} } as unknown as InventoryReplicas;
  let testDatabase: TestDatabaseLocation | undefined;
  beforeAll(async () => {
    const issuer = await createTestTokenIssuer();
    running.admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
    testDatabase = createTestDatabaseLocation('inventory', engine);
    const count = engine === 'postgres' ? 3 : 1;
    for (let index = 0; index < count; index++) {
      const env = { SERVICE_INSTANCE: `inventory-${index}` };
      running.replicas.push((await startInventory(testDatabase.location, issuer.verifier, env)).app);
    }
    running.peer = await listenToInventory(testDatabase.location.dataDir);
  });
  afterAll(async () => {
    await running.peer?.close();
    await Promise.all(running.replicas.splice(0).map((app) => app.close()));
    await testDatabase?.cleanup();
  });
  return running;
}
