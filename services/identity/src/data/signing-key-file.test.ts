import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyRing } from '../domain/signing-key-ring.js';
import { signingKeyFile } from './signing-key-file.js';

const ringOf = (kid: string): KeyRing => ({
  keys: [
    { kid, privateJwk: { kty: 'OKP', crv: 'Ed25519', x: 'x', d: 'd' }, createdAt: 'now', retiredAt: null },
  ],
});

describe('the signing key file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-keys-'));
    file = path.join(dir, 'keys', 'identity-signing-keys.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is created on first load, readable only by its owner', async () => {
    const ring = await signingKeyFile(file, async () => ringOf('first')).load();
    expect(ring.keys[0]?.kid).toBe('first');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['identity-signing-keys.json']);
  });

  it('lets processes starting together agree on whichever key was written first', async () => {
    const stores = ['a', 'b', 'c', 'd'].map((kid) => signingKeyFile(file, async () => ringOf(kid)));
    const rings = await Promise.all(stores.map((store) => store.load()));
    expect(new Set(rings.map((ring) => ring.keys[0]?.kid)).size).toBe(1);
  });

  it('shows a change saved by another process at the next load', async () => {
    const running = signingKeyFile(file, async () => ringOf('first'));
    await running.load();
    await signingKeyFile(file, async () => ringOf('unused')).save(ringOf('rotated'));
    expect((await running.load()).keys[0]?.kid).toBe('rotated');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that is not a key ring', async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"keys":[{"kid":"no private key"}]}');
    await expect(signingKeyFile(file, async () => ringOf('x')).load()).rejects.toThrow(
      /not a signing key file/,
    );
  });
});
