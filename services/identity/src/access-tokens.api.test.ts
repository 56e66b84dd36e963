import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import {
  createTestDatabaseLocation,
  createTestTokenIssuer,
  type TestTokenIssuer,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import type { User } from '@bazaar/contracts/identity';
import { getMe, signUpShopper, startIdentity, type IdentityTestApp } from './testing/identity-test-app.js';

const kid = 'configured-key';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`access tokens at /me on ${engine}`, () => {
    let location: TestDatabaseLocation;
    let identity: IdentityTestApp;
    let user: User;
    let issuer: TestTokenIssuer;
    const sign = () => issuer.sign({ sub: user.id, email: user.email, role: user.role });
    beforeAll(async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      issuer = await createTestTokenIssuer({ privateKey, kid });
      const signingKey = JSON.stringify({ ...(await exportJWK(privateKey)), kid });
      location = createTestDatabaseLocation('identity', engine);
      identity = await startIdentity(location.location, { SIGNING_KEY: signingKey });
      user = (await signUpShopper(identity.app)).session.user;
    });
    afterAll(async () => {
      await identity?.app.close();
      await location?.cleanup();
    });

    it('signs with the configured SIGNING_KEY and accepts a token made with it', async () => {
      const jwks = (await identity.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
      expect(jwks.keys.map((key: { kid: string }) => key.kid)).toEqual([kid]);
      expect((await getMe(identity.app, await sign())).json()).toEqual({ user });
    });

    it('answers 401 without a token, or with another scheme than Bearer', async () => {
      const none = await identity.app.inject({ method: 'GET', url: '/me' });
      expect(none.statusCode).toBe(401);
      expect(none.json().code).toBe('UNAUTHENTICATED');
      const basic = await identity.app.inject({
        method: 'GET',
        url: '/me',
        headers: { authorization: 'Basic YTpi' },
      });
      expect(basic.statusCode).toBe(401);
    });

    it('refuses every forged, stale or misdirected token with 401 (the JWT negative suite)', async () => {
      const forged = await issuer.forgedTokens({ sub: user.id, email: user.email, role: user.role });
      for (const [name, token] of Object.entries(forged)) {
        const response = await getMe(identity.app, token);
        expect({ name, status: response.statusCode, code: response.json().code }).toEqual({
          name,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    });
  });
}
