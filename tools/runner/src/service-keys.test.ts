import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureServiceSecrets, serviceKeysFile, serviceSecretsEnvironment } from './service-keys.js';

describe('service keys', () => {
  it('are made once into a 0600 file, kept across starts, and each child gets only its own private key', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-keys-'));
    const first = ensureServiceSecrets(dataDir, ['cart', 'orders']);
    expect(fs.statSync(serviceKeysFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dataDir, 'metrics-token')).mode & 0o777).toBe(0o600);
    expect(ensureServiceSecrets(dataDir, ['cart', 'orders'])).toEqual(first);

    const env = serviceSecretsEnvironment(first, 'cart');
    expect(JSON.parse(env.SERVICE_KEY ?? '{}')).toMatchObject({ kid: 'cart', d: first.keys.cart?.d });
    const publicKeys = JSON.parse(env.SERVICE_PUBLIC_KEYS ?? '{}') as Record<string, { d?: string }>;
    expect(Object.keys(publicKeys).sort()).toEqual(['cart', 'orders']);
    expect(Object.values(publicKeys).every((key) => key.d === undefined)).toBe(true);
    expect(JSON.stringify(env)).not.toContain(first.keys.orders?.d);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
