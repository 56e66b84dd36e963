import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import type { User } from '@bazaar/contracts/identity';
import { getMe, signUpShopper, startIdentity, type IdentityTestApp } from './testing/identity-test-app.js';

const kid = 'configured-key';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface TokenOptions {
  key?: CryptoKey;
  kid?: string;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
}

/** Signs tokens the way identity does, with any part changed. */
function tokenSigner(identityKey: CryptoKey, user: User) {
  return (options: TokenOptions = {}) =>
    new SignJWT({ email: user.email, role: user.role })
      .setProtectedHeader({ alg: 'EdDSA', kid: options.kid ?? kid })
      .setSubject(user.id)
      .setIssuer(options.issuer ?? 'bazaar-identity')
      .setAudience(options.audience ?? 'bazaar')
      .setIssuedAt()
      .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
      .sign(options.key ?? identityKey);
}

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`access tokens at /me on ${engine}`, () => {
    let location: TestDatabaseLocation;
    let identity: IdentityTestApp;
    let user: User;
    let sign: ReturnType<typeof tokenSigner>;
    let otherKey: CryptoKey;
    beforeAll(async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      otherKey = (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey;
      const signingKey = JSON.stringify({ ...(await exportJWK(privateKey)), kid });
      location = createTestDatabaseLocation('identity', engine);
      identity = await startIdentity(location.location, { SIGNING_KEY: signingKey });
      user = (await signUpShopper(identity.app)).session.user;
      sign = tokenSigner(privateKey, user);
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

    it('refuses every forged, stale or misdirected token with 401', async () => {
      const good = await sign();
      const [header, payload, signature] = good.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const forged: Record<string, string> = {
        'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
        'signed by another key under the same kid': await sign({ key: otherKey }),
        'signed by another key under an unknown kid': await sign({ key: otherKey, kid: 'unknown' }),
        expired: await sign({ expiresAt: Math.floor(Date.now() / 1000) - 60 }),
        'wrong issuer': await sign({ issuer: 'https://evil.example' }),
        'wrong audience': await sign({ audience: 'another-app' }),
        'tampered payload': `${header}.${b64({ ...claims, role: 'admin' })}.${signature}`,
        garbage: 'not-a-token',
      };
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
