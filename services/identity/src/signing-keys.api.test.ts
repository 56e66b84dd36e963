import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { createTokenVerifier, type HttpApp } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { accessTokenAudience, accessTokenIssuer, type Jwks } from '@bazaar/contracts/identity';
import { openSigningKeyStore } from './security/signing-keys.js';
import { rotateSigningKey } from './use-cases/rotate-signing-key.js';
import {
  getMe,
  postJson,
  signUpShopper,
  startIdentity,
  type IdentityTestApp,
} from './testing/identity-test-app.js';

const ttlSeconds = 2;
const served = async (app: HttpApp) =>
  (await app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json<Jwks>();
const logIn = async (app: HttpApp, credentials: { email: string; password: string }) =>
  (await postJson(app, '/auth/login', { email: credentials.email, password: credentials.password })).json()
    .accessToken as string;
const kidsOf = (jwks: Jwks) => jwks.keys.map((key) => key.kid);
const verifierOver = (jwks: Jwks) =>
  createTokenVerifier(
    { jwksUrl: 'http://unused.invalid', issuer: accessTokenIssuer, audience: accessTokenAudience },
    createLocalJWKSet(jwks),
  );

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`signing keys on ${engine}`, () => {
    let location: TestDatabaseLocation;
    let identity: IdentityTestApp;
    beforeAll(async () => {
      location = createTestDatabaseLocation('identity', engine);
      identity = await startIdentity(location.location, { ACCESS_TOKEN_TTL_SECONDS: String(ttlSeconds) });
    });
    afterAll(async () => {
      await identity?.app.close();
      await location?.cleanup();
    });

    it('generates its key on first start into a file only its user can read', async () => {
      const file = path.join(location.location.dataDir, 'identity-signing-keys.json');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(kidsOf(await served(identity.app))).toHaveLength(1);
    });

    it('keeps the same key across a restart, and two replicas starting together agree on one', async () => {
      const fresh = createTestDatabaseLocation('identity', engine);
      const first = await startIdentity(fresh.location);
      const second = await startIdentity(fresh.location);
      try {
        expect(await served(second.app)).toEqual(await served(first.app));
      } finally {
        await Promise.all([first.app.close(), second.app.close()]);
        await fresh.cleanup();
      }
    });

    it('publishes a new key before it signs with it', async () => {
      const shopper = await signUpShopper(identity.app);
      const [oldKid] = kidsOf(await served(identity.app));
      const rotation = await rotateSigningKey({
        signingKeys: openSigningKeyStore(identity.config),
        accessTokenTtlSeconds: ttlSeconds,
        now: () => new Date(),
        leadSeconds: 3600,
      });
      expect(kidsOf(await served(identity.app))).toEqual([oldKid, rotation.kid]);
      expect(decodeProtectedHeader(await logIn(identity.app, shopper)).kid).toBe(oldKid);
      // the planned key is replaced by the next test's rotation, which switches at once
    });

    it('after a rotation signs with the new key, still honours old tokens, and later drops the old key', async () => {
      const before = await signUpShopper(identity.app);
      const oldKid = decodeProtectedHeader(before.session.accessToken).kid;
      const rotation = await rotateSigningKey({
        signingKeys: openSigningKeyStore(identity.config),
        accessTokenTtlSeconds: ttlSeconds,
        now: () => new Date(),
        leadSeconds: 0,
      });
      expect(rotation.previousKid).toBe(oldKid);

      const published = await served(identity.app);
      expect(kidsOf(published)).toEqual(expect.arrayContaining([oldKid, rotation.kid]));
      expect((await getMe(identity.app, before.session.accessToken)).statusCode).toBe(200);
      expect((await verifierOver(published)(before.session.accessToken)).id).toBe(before.session.user.id);

      const afterRotation = await logIn(identity.app, before);
      expect(decodeProtectedHeader(afterRotation).kid).toBe(rotation.kid);

      await new Promise((resolve) =>
        setTimeout(resolve, Date.parse(rotation.previousPublishedUntil) - Date.now() + 100),
      );
      const later = await served(identity.app);
      expect(kidsOf(later)).toEqual([rotation.kid]);
      const fresh = await logIn(identity.app, before);
      expect((await getMe(identity.app, fresh)).statusCode).toBe(200);
      await expect(verifierOver(later)(fresh)).resolves.toMatchObject({ id: before.session.user.id });
    });
  });
}
