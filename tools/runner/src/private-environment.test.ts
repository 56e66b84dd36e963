import { describe, expect, it } from 'vitest';
import { bazaar } from '@bazaar/system';
import { withoutOthersSecrets } from './private-environment.js';

const inherited = {
  PATH: '/usr/bin',
  DATABASE_URL: 'postgres://shared',
  ADMIN_PASSWORD: 'admin-secret',
  PAYMENTS_FINGERPRINT_SECRET: 'fingerprint-secret',
  SMTP_URL: 'smtp://user:pass@mail',
  CART_DATABASE_URL: 'postgres://cart:pw@db/cart',
  IDENTITY_DATABASE_URL: 'postgres://identity:pw@db/identity',
  BUS_ADMIN_URL: 'http://admin:secret@127.0.0.1:15672',
};

describe('withoutOthersSecrets', () => {
  it('gives each declared secret and own database URL to its process alone', () => {
    for (const spec of bazaar.processes) {
      const env = withoutOthersSecrets(spec.name, inherited);
      for (const key of spec.secrets) if (key in inherited) expect(env[key], spec.name).toBeDefined();
      const others = bazaar.processes.filter((other) => other.name !== spec.name);
      for (const key of others.flatMap((other) => other.secrets)) {
        if (!spec.secrets.includes(key)) expect(env[key], `${spec.name} ${key}`).toBeUndefined();
      }
    }
    expect(withoutOthersSecrets('identity', inherited)).toMatchObject({
      ADMIN_PASSWORD: 'admin-secret',
      IDENTITY_DATABASE_URL: inherited.IDENTITY_DATABASE_URL,
    });
    expect(withoutOthersSecrets('identity', inherited).CART_DATABASE_URL).toBeUndefined();
    expect(withoutOthersSecrets('cart', inherited).ADMIN_PASSWORD).toBeUndefined();
    expect(withoutOthersSecrets('cart', inherited).IDENTITY_DATABASE_URL).toBeUndefined();
  });

  it('passes on what is not any process’s own: the shared database URL, PATH', () => {
    const env = withoutOthersSecrets('gateway', inherited);
    expect(env).toMatchObject({ PATH: '/usr/bin', DATABASE_URL: 'postgres://shared' });
  });

  it("gives no process the runner's own keys: the broker administrator's URL", () => {
    for (const spec of bazaar.processes)
      expect(withoutOthersSecrets(spec.name, inherited).BUS_ADMIN_URL).toBeUndefined();
  });
});
