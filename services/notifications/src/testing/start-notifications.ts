// Test support: starts notifications in-process as main.ts does, on a test database location.
import type { Notification } from '@bazaar/contracts/notifications';
import type { DatabaseLocation, HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer, startServiceInProcess, type TestTokenIssuer } from '@bazaar/platform/testing';
import { notificationsService } from '../service.js';

/** A running notifications app and the issuer whose tokens it trusts. */
export interface RunningNotifications {
  app: HttpApp;
  issuer: TestTokenIssuer;
  /** The Authorization header of a user. */
  authorizationOf(userId: string): Promise<Record<string, string>>;
}

/** Starts notifications as main.ts does, trusting a test issuer's tokens; `env` adds configuration keys. */
export async function startNotifications(
  location: DatabaseLocation,
  env: Record<string, string> = {},
): Promise<RunningNotifications> {
  const issuer = await createTestTokenIssuer();
  const { app } = await startServiceInProcess(notificationsService, {
    location,
    env,
    verifyToken: issuer.verifier,
  });
  const authorizationOf = async (userId: string) => ({
    authorization: `Bearer ${await issuer.sign({ sub: userId })}`,
  });
  return { app, issuer, authorizationOf };
}

/** Polls `GET /notifications` as `userId` until `isDone` holds; throws after `timeoutMs`. */
export async function waitForNotifications(
  running: RunningNotifications,
  userId: string,
  isDone: (items: Notification[]) => boolean,
  timeoutMs = 10_000,
): Promise<Notification[]> {
  const headers = await running.authorizationOf(userId);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = (await running.app.inject({ method: 'GET', url: '/notifications', headers })).json()
      .items as Notification[];
    if (isDone(items)) return items;
    if (Date.now() > deadline)
      throw new Error(`notifications of ${userId} did not arrive: ${JSON.stringify(items)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
