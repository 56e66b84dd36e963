import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { refreshTokenCookie } from '@bazaar/contracts/identity';
import {
  getMe,
  postJson,
  refreshCookieOf,
  startIdentity,
  type IdentityTestApp,
} from './testing/identity-test-app.js';

const generatedLine =
  /^Admin account: admin@bazaar\.local \/ (\S+) \(saved in (.+admin-credentials\.json)\)$/;

async function adminCount(identity: IdentityTestApp): Promise<number> {
  const rows = await identity.database.db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .execute();
  return rows.length;
}

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`the admin account on ${engine}`, () => {
    let location: TestDatabaseLocation;
    const started: IdentityTestApp[] = [];
    const start = async (env: Record<string, string> = {}, beforeHooks?: () => Promise<void>) => {
      const identity = await startIdentity(location.location, env, beforeHooks);
      started.push(identity);
      return identity;
    };
    beforeEach(() => {
      location = createTestDatabaseLocation('identity', engine);
    });
    afterEach(async () => {
      await Promise.all(started.splice(0).map((identity) => identity.app.close()));
      await location.cleanup();
    });

    it('without ADMIN_PASSWORD, generates one, shows it once, keeps it in a private file, and it signs in', async () => {
      const identity = await start();
      expect(identity.announced).toHaveLength(1);
      const [, password, file] = generatedLine.exec(identity.announced[0] ?? '') ?? [];
      expect(password?.length).toBeGreaterThanOrEqual(20);
      expect(path.dirname(file ?? '')).toBe(path.resolve(location.location.dataDir));
      expect(fs.statSync(file ?? '').mode & 0o777).toBe(0o600);
      expect(JSON.parse(fs.readFileSync(file ?? '', 'utf8'))).toMatchObject({ password });

      const login = await postJson(identity.app, '/auth/login', { email: 'admin@bazaar.local', password });
      expect(login.statusCode).toBe(200);
      expect((await getMe(identity.app, login.json().accessToken)).json().user).toMatchObject({
        email: 'admin@bazaar.local',
        role: 'admin',
      });
    });

    it('on a later start says only where the password is kept, and still has one admin', async () => {
      const first = await start();
      const password = generatedLine.exec(first.announced[0] ?? '')?.[1];
      const second = await start();
      expect(second.announced).toEqual([
        expect.stringMatching(/^Admin account: admin@bazaar\.local \(password saved in /),
      ]);
      expect(second.announced.join('\n')).not.toContain(password);
      expect(
        (await postJson(second.app, '/auth/login', { email: 'admin@bazaar.local', password })).statusCode,
      ).toBe(200);
      expect(await adminCount(second)).toBe(1);
    });

    it('when two replicas start at once, shows the password once and creates one admin', async () => {
      // both open their database one after the other (SQLite migrations do not race well), then
      // wait for each other before their start hooks, so both ensure the admin account at once
      let firstArrived = () => {};
      const firstWaiting = new Promise<void>((resolve) => (firstArrived = resolve));
      let bothArrived = () => {};
      const together = new Promise<void>((resolve) => (bothArrived = resolve));
      const first = start({}, () => {
        firstArrived();
        return together;
      });
      await firstWaiting;
      const second = start({}, () => {
        bothArrived();
        return together;
      });
      const replicas = await Promise.all([first, second]);
      const shown = replicas
        .flatMap((identity) => identity.announced)
        .filter((line) => generatedLine.test(line));
      expect(shown).toHaveLength(1);
      expect(await adminCount(replicas[0] as IdentityTestApp)).toBe(1);
    });

    it('refuses to start when ADMIN_EMAIL belongs to an account somebody signed up, and promotes nobody', async () => {
      const first = await start({ ADMIN_EMAIL: 'boss@shop.test', ADMIN_PASSWORD: 'given admin passphrase' });
      const squatter = { email: 'owner@shop.test', password: 'squatter passphrase', name: 'Squatter' };
      expect((await postJson(first.app, '/auth/signup', squatter)).statusCode).toBe(201);
      await expect(
        start({ ADMIN_EMAIL: 'Owner@Shop.test', ADMIN_PASSWORD: 'another admin passphrase' }),
      ).rejects.toThrow(/never promotes an existing account to admin/);
      const login = await postJson(first.app, '/auth/login', {
        email: squatter.email,
        password: squatter.password,
      });
      expect(login.json().user).toMatchObject({ email: 'owner@shop.test', role: 'customer' });
      expect(await adminCount(first)).toBe(1);
    });

    it('a changed ADMIN_PASSWORD ends the sessions signed in with the old one', async () => {
      const env = { ADMIN_EMAIL: 'boss@shop.test', ADMIN_PASSWORD: 'first admin passphrase' };
      const first = await start(env);
      const old = await postJson(first.app, '/auth/login', {
        email: env.ADMIN_EMAIL,
        password: env.ADMIN_PASSWORD,
      });
      const oldToken = old.json().accessToken as string;
      expect((await getMe(first.app, oldToken)).statusCode).toBe(200);
      const second = await start({ ...env, ADMIN_PASSWORD: 'second admin passphrase' });
      expect((await getMe(second.app, oldToken)).statusCode).toBe(401);
      const refresh = await second.app.inject({
        method: 'POST',
        url: '/auth/refresh',
        cookies: { [refreshTokenCookie]: refreshCookieOf(old) ?? '' },
      });
      expect(refresh.statusCode).toBe(401);
      const fresh = await postJson(second.app, '/auth/login', {
        email: env.ADMIN_EMAIL,
        password: 'second admin passphrase',
      });
      expect((await getMe(second.app, fresh.json().accessToken)).statusCode).toBe(200);
    });

    it('uses ADMIN_EMAIL and ADMIN_PASSWORD when given, and writes no password file', async () => {
      const identity = await start({
        ADMIN_EMAIL: 'Boss@Shop.test',
        ADMIN_PASSWORD: 'given admin passphrase',
      });
      const login = await postJson(identity.app, '/auth/login', {
        email: 'boss@shop.test',
        password: 'given admin passphrase',
      });
      expect(login.json().user).toMatchObject({ email: 'boss@shop.test', role: 'admin' });
      expect(fs.existsSync(path.join(location.location.dataDir, 'admin-credentials.json'))).toBe(false);
      expect(identity.announced.join('\n')).not.toContain('given admin passphrase');
    });
  });
}
