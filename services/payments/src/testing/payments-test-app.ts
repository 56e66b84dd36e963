// Test support: payments built in-process on a test database and bus, as main.ts starts it.
import { loadConfig, openServiceResources, type HttpApp } from '@bazaar/platform';
import type { DatabaseEngine } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  type TestBusPeer,
  type TestDatabaseLocation,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import { PaymentFailed, PaymentSucceeded, RefundCompleted } from '@bazaar/contracts/payments';
import { buildApp } from '../app.js';
import { paymentsConfigSchema } from '../config.js';
import { paymentsMigrations } from '../data/migrations/index.js';
import type { PaymentsDatabase, PaymentsSchema } from '../data/payments-schema.js';

/** A running payments app (never listening), a peer on its bus, and what tests look at. */
export interface PaymentsTestApp {
  app: HttpApp;
  database: PaymentsDatabase;
  peer: TestBusPeer;
  issuer: TestTokenIssuer;
  testDatabase: TestDatabaseLocation;
  close(): Promise<void>;
}

/** Starts payments on a fresh database of `engine`, with a bus peer listening to what it publishes. */
export async function startPayments(engine: DatabaseEngine): Promise<PaymentsTestApp> {
  const testDatabase = createTestDatabaseLocation('payments', engine);
  const { dataDir, serviceDatabaseUrl } = testDatabase.location;
  const config = loadConfig(paymentsConfigSchema, { DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const resources = await openServiceResources<PaymentsSchema>({
    service: 'payments',
    config,
    migrations: paymentsMigrations,
    serviceDatabaseUrl,
    busTuning: { retryBaseMs: 20 },
  });
  const issuer = await createTestTokenIssuer();
  const app = await buildApp({ config, resources: { ...resources, verifyToken: issuer.verifier } });
  const peer = await createTestBusPeer({
    dataDir,
    listenTo: [PaymentSucceeded, PaymentFailed, RefundCompleted],
  });
  await resources.bus.start();
  await app.ready();
  const close = async () => {
    await app.close();
    await peer.close();
    await testDatabase.cleanup();
  };
  return { app, database: resources.database, peer, issuer, testDatabase, close };
}

/** Authorization headers of a signed-in shopper. */
export async function shopperHeaders(
  issuer: TestTokenIssuer,
  userId: string,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await issuer.sign({ sub: userId })}` };
}
