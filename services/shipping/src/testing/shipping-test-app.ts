// Test support: shipping built in-process on a test database and bus, as main.ts starts it.
import { loadConfig, openServiceResources, type DatabaseEngine, type HttpApp } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  type TestBusPeer,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import { ShipmentCreated, ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import { buildApp } from '../app.js';
import { shippingConfigSchema } from '../config.js';
import { shippingMigrations } from '../data/migrations/index.js';
import type { ShippingDatabase, ShippingSchema } from '../data/shipping-schema.js';

/** A running shipping app (never listening), a peer on its bus, and what tests look at. */
export interface ShippingTestApp {
  app: HttpApp;
  database: ShippingDatabase;
  peer: TestBusPeer;
  issuer: TestTokenIssuer;
  close(): Promise<void>;
}

/** Starts shipping on a fresh database of `engine` with a fast clock and a listening bus peer. */
export async function startShipping(engine: DatabaseEngine, stepMs: number): Promise<ShippingTestApp> {
  const testDatabase = createTestDatabaseLocation('shipping', engine);
  const { dataDir, serviceDatabaseUrl } = testDatabase.location;
  const config = loadConfig(shippingConfigSchema, {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SHIPPING_STEP_MS: String(stepMs),
    SHIPPING_TICK_MS: '50',
  });
  const resources = await openServiceResources<ShippingSchema>({
    service: 'shipping',
    config,
    migrations: shippingMigrations,
    serviceDatabaseUrl,
  });
  const issuer = await createTestTokenIssuer();
  const app = await buildApp({ config, resources: { ...resources, verifyToken: issuer.verifier } });
  const peer = await createTestBusPeer({
    dataDir,
    listenTo: [ShipmentCreated, ShipmentShipped, ShipmentDelivered],
  });
  await resources.bus.start();
  await app.ready();
  const close = async () => {
    await app.close();
    await peer.close();
    await testDatabase.cleanup();
  };
  return { app, database: resources.database, peer, issuer, close };
}
