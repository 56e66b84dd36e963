import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { postJson, startIdentity, uniqueEmail, type IdentityTestApp } from './testing/identity-test-app.js';

/** The distinct fields a problem names (one field may break several rules). */
const fieldsOf = (body: { errors?: { field: string }[] }) =>
  [...new Set((body.errors ?? []).map((e) => e.field))].sort();

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`identity input validation on ${engine}`, () => {
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
    const signUp = (body: unknown) => postJson(identity.app, '/auth/signup', body);
    const valid = () => ({ email: uniqueEmail(), password: 'a long passphrase', name: 'Ada' });

    it('names every missing field', async () => {
      const response = await signUp({});
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.json())).toEqual(['body.email', 'body.name', 'body.password']);
    });

    it('refuses a password under 10 or over 128 characters', async () => {
      for (const password of ['123456789', 'x'.repeat(129)]) {
        const response = await signUp({ ...valid(), password });
        expect(response.statusCode).toBe(400);
        expect(fieldsOf(response.json())).toEqual(['body.password']);
      }
    });

    it('refuses an email that is not one, and a blank or overlong name', async () => {
      expect(fieldsOf((await signUp({ ...valid(), email: 'not-an-email' })).json())).toEqual(['body.email']);
      expect(fieldsOf((await signUp({ ...valid(), name: '' })).json())).toEqual(['body.name']);
      expect(fieldsOf((await signUp({ ...valid(), name: '   ' })).json())).toEqual(['body.name']);
      expect(fieldsOf((await signUp({ ...valid(), name: 'n'.repeat(101) })).json())).toEqual(['body.name']);
    });

    it('rejects unknown fields instead of dropping them, so nobody signs up as admin', async () => {
      const attempt = { ...valid(), role: 'admin' };
      const response = await signUp(attempt);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.json())).toEqual(['body.role']);
      const { role: _role, ...honest } = attempt;
      expect((await signUp(honest)).json().user.role).toBe('customer');
    });

    it('refuses login without a password', async () => {
      const response = await postJson(identity.app, '/auth/login', { email: uniqueEmail() });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.json())).toEqual(['body.password']);
    });

    it('answers a body that is not JSON with 415 and a body over the limit with 413', async () => {
      const form = await identity.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: 'email=a&password=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(form.statusCode).toBe(415);
      expect(form.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const huge = await signUp({ ...valid(), name: 'n'.repeat(64 * 1024) });
      expect(huge.statusCode).toBe(413);
      expect(huge.json().code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('answers another method on a known path with 405', async () => {
      const response = await identity.app.inject({ method: 'GET', url: '/auth/signup' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('POST');
    });
  });
}
