import fs from 'node:fs/promises';
import type { KeyRing, SigningKeyRecord, SigningKeyStore } from '../domain/signing-key-ring.js';
import { fileVersion, replaceFile, writeFileOnce } from './private-file.js';

function isKeyRecord(value: unknown): value is SigningKeyRecord {
  const key = value as Partial<SigningKeyRecord> | null;
  return (
    typeof key?.kid === 'string' &&
    typeof key.privateJwk?.d === 'string' &&
    typeof key.createdAt === 'string' &&
    (key.retiredAt === null || typeof key.retiredAt === 'string')
  );
}

function parseKeyRing(text: string, file: string): KeyRing {
  const parsed = JSON.parse(text) as Partial<KeyRing> | null;
  if (!Array.isArray(parsed?.keys) || !parsed.keys.every(isKeyRecord)) {
    throw new Error(`${file} is not a signing key file`);
  }
  return { keys: parsed.keys };
}

const serialize = (ring: KeyRing) => `${JSON.stringify(ring, null, 2)}\n`;

/**
 * The key ring kept in a file (mode 0600). The first load creates it with `createRing` (exclusively:
 * replicas starting together keep whichever was written first); later loads read it again only when
 * the file changed, so a rotation by another process is picked up without a restart.
 */
export function signingKeyFile(file: string, createRing: () => Promise<KeyRing>): SigningKeyStore {
  let cached: { version: string; ring: KeyRing } | undefined;
  async function load(): Promise<KeyRing> {
    const version = await fileVersion(file);
    if (version === null) {
      await writeFileOnce(file, serialize(await createRing()));
      return load();
    }
    if (cached?.version === version) return cached.ring;
    const ring = parseKeyRing(await fs.readFile(file, 'utf8'), file);
    cached = { version, ring };
    return ring;
  }
  return { load, save: (ring) => replaceFile(file, serialize(ring)) };
}
