import { createPrivateKey, createPublicKey } from 'node:crypto';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { KeyRing, SigningKeyRecord, SigningKeyStore } from '../domain/signing-key-ring.js';
import { signingKeyFile } from '../data/signing-key-file.js';

/** Where generated signing keys are kept, inside the data directory. */
export function signingKeyFilePath(dataDir: string): string {
  return path.join(dataDir, 'identity-signing-keys.json');
}

/** A fresh Ed25519 signing key, named by the thumbprint of its public key. */
export async function generateSigningKey(now: Date): Promise<SigningKeyRecord> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const { kty, crv, x, d } = await exportJWK(privateKey);
  const privateJwk: JWK = { kty, crv, x, d };
  return {
    kid: await calculateJwkThumbprint(privateJwk),
    privateJwk,
    createdAt: now.toISOString(),
    retiredAt: null,
  };
}

/** Reads a private Ed25519 JWK given as JSON (SIGNING_KEY); throws saying what is wrong with it. */
export async function parseSigningKey(json: string): Promise<SigningKeyRecord> {
  const problem = 'SIGNING_KEY must be a private Ed25519 JWK: {"kty":"OKP","crv":"Ed25519","x":"…","d":"…"}';
  let jwk: JWK;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    throw new Error(`${problem} (it is not JSON)`);
  }
  const { kty, crv, x, d, kid } = jwk;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string' || typeof d !== 'string') {
    throw new Error(problem);
  }
  const derived = createPublicKey(createPrivateKey({ key: { kty, crv, x, d }, format: 'jwk' }));
  if (derived.export({ format: 'jwk' }).x !== x) throw new Error(`${problem} (x does not match d)`);
  const privateJwk: JWK = { kty, crv, x, d };
  return {
    kid: kid ?? (await calculateJwkThumbprint(privateJwk)),
    privateJwk,
    createdAt: new Date(0).toISOString(),
    retiredAt: null,
  };
}

/** A ring of the one key given in configuration; rotating it means deploying a new SIGNING_KEY. */
export function fixedSigningKeyStore(json: string): SigningKeyStore {
  let ring: Promise<KeyRing> | undefined;
  return {
    load: () => (ring ??= parseSigningKey(json).then((key) => ({ keys: [key] }))),
    save: async () => {
      throw new Error('SIGNING_KEY is set, so the key cannot be rotated here: deploy a new SIGNING_KEY.');
    },
  };
}

/** The key store configuration asks for: SIGNING_KEY, or the key file in DATA_DIR (created on first use). */
export function openSigningKeyStore(config: {
  SIGNING_KEY?: string | undefined;
  DATA_DIR: string;
}): SigningKeyStore {
  if (config.SIGNING_KEY) return fixedSigningKeyStore(config.SIGNING_KEY);
  return signingKeyFile(signingKeyFilePath(config.DATA_DIR), async () => ({
    keys: [await generateSigningKey(new Date())],
  }));
}
