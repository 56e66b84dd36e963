// Test support: payments started in-process on a test database and bus, as main.ts starts it.
import type { HttpApp } from '@bazaar/platform';
import type { DatabaseEngine } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  startServiceInProcess,
  type TestBusPeer,
  type TestDatabaseLocation,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import { PaymentFailed, PaymentSucceeded, RefundCompleted } from '@bazaar/contracts/payments';
import type { PaymentsDatabase } from '../data/payments-schema.js';
import { paymentsService } from '../service.js';

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
  const { dataDir } = testDatabase.location;
  const issuer = await createTestTokenIssuer();
  const peer = await createTestBusPeer({
    dataDir,
    listenTo: [PaymentSucceeded, PaymentFailed, RefundCompleted],
  });
  const { app, resources } = await startServiceInProcess(paymentsService, {
    location: testDatabase.location,
    verifyToken: issuer.verifier,
    busTuning: { retryBaseMs: 20 },
  });
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
