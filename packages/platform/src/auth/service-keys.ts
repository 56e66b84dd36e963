import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** The header a service's credential travels in, beside the user's own `Authorization`. */
export const serviceCredentialHeader = 'x-service-credential';
/** The `typ` of a service credential: never mistaken for a user's access token (`at+jwt`). */
export const serviceCredentialType = 'service+jwt';
/** How long a service credential lives; the caller reuses one per callee for most of that. */
export const serviceCredentialTtlSeconds = 120;

/** Every process's Ed25519 private key by name (what the runner provisions, kept 0600 in DATA_DIR). */
export type ServiceKeyRing = Record<string, JWK>;

/** A fresh ring: one Ed25519 key per process, its `kid` the process name. */
export async function generateServiceKeyRing(names: readonly string[]): Promise<ServiceKeyRing> {
  const entries = await Promise.all(
    names.map(async (name) => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      const { kty, crv, x, d } = await exportJWK(privateKey);
      return [name, { kty, crv, x, d, kid: name, alg: 'EdDSA' }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The public halves of a ring, by name: what every process is given to check its callers. */
export function publicServiceKeys(ring: ServiceKeyRing): Record<string, JWK> {
  return Object.fromEntries(
    Object.entries(ring).map(([name, { d: _private, ...publicJwk }]) => [name, publicJwk]),
  );
}

/** The configuration a process gets for service identity (see commonConfig). */
export interface ServiceKeySettings {
  /** This process's private JWK (JSON). */
  SERVICE_KEY?: string | undefined;
  /** Every process's public JWK by name (JSON). */
  SERVICE_PUBLIC_KEYS?: string | undefined;
}
