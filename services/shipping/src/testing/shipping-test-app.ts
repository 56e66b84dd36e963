// Test support: shipping started in-process on a test database and bus, as main.ts starts it.
import type { Bus, DatabaseEngine, HttpApp } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  startServiceInProcess,
  type TestBusPeer,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import {
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentShipped,
  ShipmentStopped,
} from '@bazaar/contracts/shipping';
import type { ShippingDatabase, ShippingSchema } from '../data/shipping-schema.js';
import { shippingService } from '../service.js';

/** A running shipping app (never listening), a peer on its bus, and what tests look at. */
export interface ShippingTestApp {
  app: HttpApp;
  database: ShippingDatabase;
  bus: Bus<ShippingSchema>;
  peer: TestBusPeer;
  issuer: TestTokenIssuer;
  close(): Promise<void>;
}

/** Starts shipping on a fresh database of `engine` with a fast clock and a listening bus peer. */
export async function startShipping(engine: DatabaseEngine, stepMs: number): Promise<ShippingTestApp> {
  const testDatabase = createTestDatabaseLocation('shipping', engine);
  const { dataDir } = testDatabase.location;
  const issuer = await createTestTokenIssuer();
  const peer = await createTestBusPeer({
    dataDir,
    listenTo: [ShipmentCreated, ShipmentShipped, ShipmentDelivered, ShipmentStopped],
  });
  const { app, resources } = await startServiceInProcess(shippingService, {
    location: testDatabase.location,
    env: { SHIPPING_STEP_MS: String(stepMs), SHIPPING_TICK_MS: '50' },
    verifyToken: issuer.verifier,
  });
  const close = async () => {
    await app.close();
    await peer.close();
    await testDatabase.cleanup();
  };
  return { app, database: resources.database, bus: resources.bus, peer, issuer, close };
}
