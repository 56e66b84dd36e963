import { SignJWT, importJWK, type CryptoKey, type JWK } from 'jose';
import {
  serviceCredentialHeader,
  serviceCredentialTtlSeconds,
  serviceCredentialType,
} from '../auth/service-keys.js';

/** Mints this process's credential for one callee: a short-lived JWT, `iss` this process, `aud` the callee. */
export type CredentialMinter = (callee: string) => Promise<string>;

let installed: CredentialMinter | undefined;

/**
 * Makes every service client of this process send its credential (one per process: it is the
 * process's identity). Called at start by `openServiceResources` and the gateway's main.
 */
export function installServiceCredential(minter: CredentialMinter | undefined): void {
  installed = minter;
}

/** The header carrying this process's credential for `callee`, or none before one is installed. */
export async function serviceCredentialHeaders(callee: string): Promise<Record<string, string>> {
  return installed ? { [serviceCredentialHeader]: await installed(callee) } : {};
}

/**
 * A minter over a private key: EdDSA-signed, `typ: service+jwt`, living two minutes; each callee's
 * credential is reused until a minute before it expires, so a call costs a signature once a minute.
 */
export function credentialMinter(service: string, privateJwk: JWK, now = () => Date.now()): CredentialMinter {
  let key: Promise<CryptoKey | Uint8Array> | undefined;
  const cached = new Map<string, { token: string; renewAt: number }>();
  return async (callee) => {
    const hit = cached.get(callee);
    if (hit && hit.renewAt > now()) return hit.token;
    key ??= importJWK(privateJwk, 'EdDSA');
    const issuedAt = Math.floor(now() / 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: service, typ: serviceCredentialType })
      .setIssuer(service)
      .setSubject(service)
      .setAudience(callee)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + serviceCredentialTtlSeconds)
      .sign(await key);
    cached.set(callee, { token, renewAt: now() + (serviceCredentialTtlSeconds / 2) * 1000 });
    return token;
  };
}
