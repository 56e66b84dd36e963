import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader } from 'jose';
import { createTokenVerifier } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { accessTokenAudience, accessTokenIssuer, type Jwks } from '@bazaar/contracts/identity';
import {
  getMe,
  postJson,
  postWithRefreshCookie,
  refreshCookieOf,
  signUpShopper,
  startIdentity,
  uniqueEmail,
  type IdentityTestApp,
} from './testing/identity-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`identity API on ${engine}`, () => {
    let location: TestDatabaseLocation;
    let identity: IdentityTestApp;
    beforeAll(async () => {
      location = createTestDatabaseLocation('identity', engine);
      identity = await startIdentity(location.location);
    });
    afterAll(async () => {
      await identity?.app.close();
      await location?.cleanup();
    });

    it('signs a new shopper up as a customer, signed in at once, with a lower-cased email', async () => {
      const email = uniqueEmail('Grace').toUpperCase();
      const response = await postJson(identity.app, '/auth/signup', {
        email,
        password: 'a long passphrase',
        name: 'Grace',
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toEqual({
        user: {
          id: expect.stringMatching(/^usr_/),
          email: email.toLowerCase(),
          name: 'Grace',
          role: 'customer',
        },
        accessToken: expect.any(String),
        expiresIn: 900,
      });
      expect((await getMe(identity.app, body.accessToken)).json()).toEqual({ user: body.user });
    });

    it('sets the refresh token in an httpOnly, SameSite=Strict cookie scoped to the auth routes', async () => {
      const response = await postJson(identity.app, '/auth/signup', {
        email: uniqueEmail(),
        password: 'a long passphrase',
        name: 'Cookie Monster',
      });
      const cookie = response.cookies.find((c) => c.name === 'refresh_token');
      expect(cookie).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api/auth',
        maxAge: 30 * 86_400,
      });
      expect(cookie?.secure).toBe(true);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).not.toContain(cookie?.value);
    });

    it('leaves the refresh cookie without Secure only in development (plain http on one machine)', async () => {
      const local = await startIdentity(location.location, { BAZAAR_ENV: 'development' });
      try {
        const response = await postJson(local.app, '/auth/signup', {
          email: uniqueEmail(),
          password: 'a long passphrase',
          name: 'Local Developer',
        });
        expect(response.cookies.find((c) => c.name === 'refresh_token')?.secure).toBeFalsy();
      } finally {
        await local.app.close();
      }
    });

    it('refuses a second account with the same email, whatever its case, with 409', async () => {
      const { email } = await signUpShopper(identity.app);
      const again = await postJson(identity.app, '/auth/signup', {
        email: email.toUpperCase(),
        password: 'another passphrase',
        name: 'Impostor',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'CONFLICT', status: 409 });
    });

    it('logs in with the right password, in any email case', async () => {
      const { email, password, session } = await signUpShopper(identity.app);
      const response = await postJson(identity.app, '/auth/login', { email: email.toUpperCase(), password });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ user: session.user, expiresIn: 900 });
      expect(refreshCookieOf(response)).toBeDefined();
      expect((await getMe(identity.app, response.json().accessToken)).statusCode).toBe(200);
    });

    it('answers an unknown email and a wrong password with the same 401 and no cookie', async () => {
      const { email } = await signUpShopper(identity.app);
      const wrongPassword = await postJson(identity.app, '/auth/login', {
        email,
        password: 'not the password',
      });
      const unknownEmail = await postJson(identity.app, '/auth/login', {
        email: uniqueEmail('nobody'),
        password: 'not the password',
      });
      expect(wrongPassword.statusCode).toBe(401);
      expect(wrongPassword.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(unknownEmail.json()).toEqual(wrongPassword.json());
      expect(unknownEmail.headers['content-type']).toBe(wrongPassword.headers['content-type']);
      expect(refreshCookieOf(unknownEmail) ?? refreshCookieOf(wrongPassword)).toBeUndefined();
    });

    it('refreshes a session with a new refresh token and refuses the used one afterwards', async () => {
      const { refreshToken, session } = await signUpShopper(identity.app);
      const refreshed = await postWithRefreshCookie(identity.app, '/auth/refresh', refreshToken);
      expect(refreshed.statusCode).toBe(200);
      expect(refreshed.json()).toMatchObject({ user: session.user, expiresIn: 900 });
      const rotated = refreshCookieOf(refreshed);
      expect(rotated).toBeDefined();
      expect(rotated).not.toBe(refreshToken);
      expect((await getMe(identity.app, refreshed.json().accessToken)).json().user).toEqual(session.user);

      const reused = await postWithRefreshCookie(identity.app, '/auth/refresh', refreshToken);
      expect(reused.statusCode).toBe(401);
      expect(reused.json().code).toBe('UNAUTHENTICATED');
    });

    it('ends the whole session when a used refresh token comes back (it may have been stolen)', async () => {
      const { refreshToken } = await signUpShopper(identity.app);
      const next = refreshCookieOf(await postWithRefreshCookie(identity.app, '/auth/refresh', refreshToken));
      await postWithRefreshCookie(identity.app, '/auth/refresh', refreshToken);
      expect((await postWithRefreshCookie(identity.app, '/auth/refresh', next)).statusCode).toBe(401);
    });

    it('refuses to refresh without a cookie or with a made-up one', async () => {
      expect((await postWithRefreshCookie(identity.app, '/auth/refresh', undefined)).statusCode).toBe(401);
      const madeUp = 'A'.repeat(43);
      expect((await postWithRefreshCookie(identity.app, '/auth/refresh', madeUp)).statusCode).toBe(401);
    });

    it('logs out: 204, the cookie is cleared, the refresh token is dead, other sessions live on', async () => {
      const { email, password, refreshToken } = await signUpShopper(identity.app);
      const otherDevice = refreshCookieOf(await postJson(identity.app, '/auth/login', { email, password }));
      const response = await postWithRefreshCookie(identity.app, '/auth/logout', refreshToken);
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      const cleared = response.cookies.find((c) => c.name === 'refresh_token');
      expect(cleared?.value).toBe('');
      expect(cleared?.path).toBe('/api/auth');
      expect((await postWithRefreshCookie(identity.app, '/auth/refresh', refreshToken)).statusCode).toBe(401);
      expect((await postWithRefreshCookie(identity.app, '/auth/refresh', otherDevice)).statusCode).toBe(200);
    });

    it('answers logout without a session with 204 too', async () => {
      expect((await postWithRefreshCookie(identity.app, '/auth/logout', undefined)).statusCode).toBe(204);
    });

    it('publishes public keys that verify its access tokens, with the agreed claims', async () => {
      const { session } = await signUpShopper(identity.app);
      const response = await identity.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
      const jwks = response.json<Jwks>();
      expect(jwks.keys.length).toBeGreaterThan(0);
      for (const key of jwks.keys)
        expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      const verify = createTokenVerifier(
        { jwksUrl: 'http://unused.invalid', issuer: accessTokenIssuer, audience: accessTokenAudience },
        createLocalJWKSet(jwks),
      );
      expect(await verify(session.accessToken)).toMatchObject({
        id: session.user.id,
        email: session.user.email,
        role: 'customer',
      });
      const header = decodeProtectedHeader(session.accessToken);
      expect(header).toMatchObject({ alg: 'EdDSA', kid: jwks.keys[0]?.kid });
      const claims = decodeJwt(session.accessToken);
      expect(claims).toMatchObject({
        sub: session.user.id,
        iss: 'bazaar-identity',
        aud: 'bazaar',
        role: 'customer',
      });
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBeLessThanOrEqual(15 * 60);
    });

    it('stores passwords only as Argon2id hashes (m=19456, t=2) and refresh tokens only as hashes', async () => {
      const { email, password, refreshToken } = await signUpShopper(identity.app);
      const { db } = identity.database;
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$/);
      expect(user.password_hash).toMatch(/[$,]m=19456[,$]/);
      expect(user.password_hash).toMatch(/[$,]t=2[,$]/);
      const everything = JSON.stringify([
        await db.selectFrom('users').selectAll().execute(),
        await db.selectFrom('refresh_tokens').selectAll().execute(),
      ]);
      expect(everything).not.toContain(password);
      expect(everything).not.toContain(refreshToken);
    });

    it('describes its routes in OpenAPI', async () => {
      const paths = Object.keys(
        (await identity.app.inject({ method: 'GET', url: '/openapi.json' })).json().paths,
      );
      expect(paths).toEqual(
        expect.arrayContaining([
          '/auth/signup',
          '/auth/login',
          '/auth/refresh',
          '/auth/logout',
          '/me',
          '/.well-known/jwks.json',
        ]),
      );
    });
  });
}
