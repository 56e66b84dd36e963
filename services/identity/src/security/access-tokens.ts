import { SignJWT, createLocalJWKSet, importJWK, type JWTVerifyGetKey } from 'jose';
import { createTokenVerifier, type TokenVerifier } from '@bazaar/platform';
import {
  accessTokenAlgorithm,
  accessTokenAudience,
  accessTokenIssuer,
  accessTokenType,
  jwksPath,
  type Jwks,
} from '@bazaar/contracts/identity';
import {
  currentSigningKey,
  publicJwkOf,
  publishedSigningKeys,
  type SigningKeyRecord,
  type SigningKeyStore,
} from '../domain/signing-key-ring.js';
import type { UserProfile } from '../domain/users.js';

/** Issues access tokens, verifies them, and publishes the keys that verify them. */
export interface AccessTokens {
  /** Signs a token for the user; `sessionVersion` (claim `sv`) lets identity refuse it after a credential change. */
  issue(user: UserProfile, sessionVersion: number): Promise<{ accessToken: string; expiresIn: number }>;
  verify: TokenVerifier;
  jwks(): Promise<Jwks>;
}

/** What access tokens need: where the keys are, how long a token lives, and the clock. */
export interface AccessTokenOptions {
  signingKeys: SigningKeyStore;
  ttlSeconds: number;
  now: () => Date;
}

/** Creates the access token issuer over a key store; a rotation shows at the next call. */
export function createAccessTokens(options: AccessTokenOptions): AccessTokens {
  const privateKeys = new Map<string, ReturnType<typeof importJWK>>();
  const privateKeyOf = (key: SigningKeyRecord) => {
    const known = privateKeys.get(key.kid) ?? importJWK(key.privateJwk, accessTokenAlgorithm);
    privateKeys.set(key.kid, known);
    return known;
  };
  const jwks = async (): Promise<Jwks> => {
    const ring = await options.signingKeys.load();
    return { keys: publishedSigningKeys(ring, options.now(), options.ttlSeconds).map(publicJwkOf) };
  };
  return {
    async issue(user, sessionVersion) {
      const key = currentSigningKey(await options.signingKeys.load(), options.now());
      const issuedAt = Math.floor(options.now().getTime() / 1000);
      const accessToken = await new SignJWT({ email: user.email, role: user.role, sv: sessionVersion })
        .setProtectedHeader({ alg: accessTokenAlgorithm, kid: key.kid, typ: accessTokenType })
        .setSubject(user.id)
        .setIssuer(accessTokenIssuer)
        .setAudience(accessTokenAudience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + options.ttlSeconds)
        .sign(await privateKeyOf(key));
      return { accessToken, expiresIn: options.ttlSeconds };
    },
    // identity verifies with its own published keys, exactly as other services do with its JWKS
    verify: createTokenVerifier(
      { jwksUrl: jwksPath, issuer: accessTokenIssuer, audience: accessTokenAudience },
      publishedKeyLookup(jwks),
    ),
    jwks,
  };
}

function publishedKeyLookup(jwks: () => Promise<Jwks>): JWTVerifyGetKey {
  let cached: { kids: string; getKey: JWTVerifyGetKey } | undefined;
  return async (header, token) => {
    const published = await jwks();
    const kids = published.keys.map((key) => key.kid).join(' ');
    if (cached?.kids !== kids) cached = { kids, getKey: createLocalJWKSet(published) };
    return cached.getKey(header, token);
  };
}
