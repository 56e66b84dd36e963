// Test support: shipping built in-process on a test database and bus, as main.ts starts it.
import type { Kysely } from 'kysely';
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

/** How many events a subscription's inbox has recorded: proof that a delivery was handled. */
export async function handledCount(database: ShippingDatabase, queue: string): Promise<number> {
  const db = database.db as unknown as Kysely<{ bus_inbox: { queue: string } }>;
  const row = await db
    .selectFrom('bus_inbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('queue', '=', queue)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Waits until `check` holds, polling; throws after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
