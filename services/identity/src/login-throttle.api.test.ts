import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  serviceCredentialAs,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import {
  postJson,
  signUpShopper,
  startIdentity,
  uniqueEmail,
  type IdentityTestApp,
} from './testing/identity-test-app.js';

// Delays from the 3rd consecutive failure (1 s, 2 s), a 15-minute lock from the 5th; an address
// is slowed from its 3rd failure and locked from its 6th. The throttle's clock is ours to move.
const env = {
  LOGIN_DELAY_AFTER_FAILURES: '3',
  LOGIN_LOCK_AFTER_FAILURES: '5',
  LOGIN_LOCK_SECONDS: '900',
  LOGIN_ADDRESS_LOCK_AFTER_FAILURES: '6',
};

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`login throttle on ${engine}`, () => {
    let location: TestDatabaseLocation;
    let identity: IdentityTestApp;
    let now = new Date('2026-06-01T12:00:00Z');
    const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
    let lastAddress = 0;
    // every attempt from another address unless one is named: the account is what is counted
    const logIn = (email: string, password: string, headers?: Record<string, string>) =>
      postJson(
        identity.app,
        '/auth/login',
        { email, password },
        headers ?? { 'x-client-address': `198.18.0.${(lastAddress += 1)}` },
      );
    const expectRefusal = (response: Awaited<ReturnType<typeof logIn>>, code: string, retryAfter: number) => {
      expect({ status: response.statusCode, code: response.json().code }).toEqual({ status: 429, code });
      expect(response.headers['retry-after']).toBe(String(retryAfter));
    };

    beforeAll(async () => {
      location = createTestDatabaseLocation('identity', engine);
      identity = await startIdentity(location.location, env, undefined, { throttleNow: () => now });
    });
    afterAll(async () => {
      await identity?.app.close();
      await location?.cleanup();
    });

    it('slows, then locks an account (from any address) against even the right password until the lock lifts', async () => {
      const ann = await signUpShopper(identity.app);
      const bob = await signUpShopper(identity.app);
      for (let failure = 1; failure <= 3; failure += 1) {
        expect((await logIn(ann.email, 'a wrong guess')).statusCode).toBe(401);
      }
      expectRefusal(await logIn(ann.email, 'a wrong guess'), 'LOGIN_THROTTLED', 1);
      advance(1);
      expect((await logIn(ann.email, 'a wrong guess')).statusCode).toBe(401);
      expectRefusal(await logIn(ann.email, ann.password), 'LOGIN_THROTTLED', 2);
      advance(2);
      expect((await logIn(ann.email.toUpperCase(), 'a wrong guess')).statusCode).toBe(401);

      expectRefusal(await logIn(ann.email, ann.password), 'LOGIN_LOCKED', 900);
      expect((await logIn(bob.email, bob.password)).statusCode).toBe(200);
      advance(899);
      expectRefusal(await logIn(ann.email.toUpperCase(), ann.password), 'LOGIN_LOCKED', 1);
      advance(1);
      expect((await logIn(ann.email, ann.password)).statusCode).toBe(200);
    });

    it('locks again at the first wrong guess after a lock lifts: the run goes on until a success', async () => {
      const ann = await signUpShopper(identity.app);
      for (const wait of [0, 0, 0, 1, 2]) {
        advance(wait);
        expect((await logIn(ann.email, 'a wrong guess')).statusCode).toBe(401);
      }
      advance(900);
      expect((await logIn(ann.email, 'one more guess')).statusCode).toBe(401);
      expectRefusal(await logIn(ann.email, ann.password), 'LOGIN_LOCKED', 900);
    });

    it('counts parallel guesses one after another: only as many pass as the rule lets through', async () => {
      const ann = await signUpShopper(identity.app);
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => logIn(ann.email, 'a parallel guess')),
      );
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses).toEqual([...Array(3).fill(401), ...Array(9).fill(429)]);
    });

    it('starts counting again after a successful sign-in', async () => {
      const ann = await signUpShopper(identity.app);
      for (let failure = 1; failure <= 2; failure += 1) {
        expect((await logIn(ann.email, 'a wrong guess')).statusCode).toBe(401);
      }
      expect((await logIn(ann.email, ann.password)).statusCode).toBe(200);
      for (let failure = 1; failure <= 3; failure += 1) {
        expect((await logIn(ann.email, 'a wrong guess')).statusCode).toBe(401);
      }
    });

    it('counts unknown emails too, and slows then locks the address the gateway names', async () => {
      const from = (address: string) => ({ 'x-client-address': address });
      const ann = await signUpShopper(identity.app);
      for (let failure = 1; failure <= 3; failure += 1) {
        expect((await logIn(uniqueEmail('nobody'), 'a guess', from('203.0.113.7'))).statusCode).toBe(401);
      }
      expectRefusal(await logIn(uniqueEmail('nobody'), 'a guess', from('203.0.113.7')), 'LOGIN_THROTTLED', 1);
      for (const wait of [1, 2, 4]) {
        advance(wait);
        expect((await logIn(uniqueEmail('nobody'), 'a guess', from('203.0.113.7'))).statusCode).toBe(401);
      }
      expectRefusal(await logIn(ann.email, ann.password, from('203.0.113.7')), 'LOGIN_LOCKED', 900);
      expect((await logIn(ann.email, ann.password, from('198.51.100.9'))).statusCode).toBe(200);
    });

    it('believes the client address only from the gateway: another caller is counted by its socket', async () => {
      const asOrders = await serviceCredentialAs('orders', 'identity');
      const spoofed = { ...asOrders, 'x-client-address': '192.0.2.44' };
      for (let failure = 1; failure <= 3; failure += 1) {
        expect((await logIn(uniqueEmail('nobody'), 'a guess', spoofed)).statusCode).toBe(401);
      }
      // the socket's address (127.0.0.1) took the failures; the named one is untouched
      expectRefusal(await logIn(uniqueEmail('nobody'), 'a guess', asOrders), 'LOGIN_THROTTLED', 1);
      const ann = await signUpShopper(identity.app);
      expect((await logIn(ann.email, ann.password, { 'x-client-address': '192.0.2.44' })).statusCode).toBe(
        200,
      );
    });
  });
}
