import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { accessTokenType } from '@bazaar/contracts/identity';
import { createTokenVerifier, type TokenVerifier } from '../auth/token-verifier.js';

/** Issuer and audience that test tokens carry, the same as identity's. */
export const testTokenSettings = { issuer: 'bazaar-identity', audience: 'bazaar' };

/** Claims of a test token. */
export interface TestTokenClaims {
  sub: string;
  email?: string;
  role?: 'customer' | 'admin';
}

/** What a test may change in a token it signs, to make a bad one. */
export interface TestTokenOverrides {
  issuer?: string;
  audience?: string;
  /** `exp`: a duration from `iat` ('15m') or an absolute time in seconds. */
  expiresIn?: string | number;
  /** `iat` in seconds (default: now). */
  issuedAt?: number;
  /** `nbf` in seconds (default: none). */
  notBefore?: number;
  /** The `typ` header (default `at+jwt`). */
  type?: string;
  /** Extra claims, e.g. padding. */
  extra?: Record<string, unknown>;
}

/** A signing key for tests, the verifier that trusts it, and a maker of good and bad tokens. */
export interface TestTokenIssuer {
  verifier: TokenVerifier;
  jwks: { keys: JWK[] };
  sign(claims: TestTokenClaims, overrides?: TestTokenOverrides): Promise<string>;
  /** Every kind of token that must be refused with 401, by name (the JWT negative suite). */
  forgedTokens(claims: TestTokenClaims): Promise<Record<string, string>>;
}

type SigningKey = Parameters<SignJWT['sign']>[0];

/** A given signing key (identity's configured SIGNING_KEY, say) instead of a fresh one. */
export interface TestSigningKey {
  privateKey: CryptoKey;
  kid: string;
}

/** Creates (or takes) an Ed25519 key and a verifier over its public JWKS, as identity would publish it. */
export async function createTestTokenIssuer(given?: TestSigningKey): Promise<TestTokenIssuer> {
  const kid = given?.kid ?? 'test-key';
  const { privateKey, publicKey } = given
    ? { privateKey: given.privateKey, publicKey: await publicKeyOf(given.privateKey) }
    : await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  const jwks = { keys: [jwk] };
  const verifier = createTokenVerifier(
    { jwksUrl: 'http://unused.invalid', ...testTokenSettings },
    createLocalJWKSet(jwks),
  );
  const sign: TestTokenIssuer['sign'] = (claims, overrides) =>
    signToken({ key: privateKey, alg: 'EdDSA', kid }, claims, overrides);
  return {
    verifier,
    jwks,
    sign,
    forgedTokens: async (claims) => forgedTokensOf(sign, jwk, claims),
  };
}

async function signToken(
  signer: { key: SigningKey; alg: string; kid: string },
  claims: TestTokenClaims,
  o: TestTokenOverrides = {},
): Promise<string> {
  const issuedAt = o.issuedAt ?? Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({
    email: claims.email ?? `${claims.sub}@example.test`,
    role: claims.role ?? 'customer',
    ...o.extra,
  })
    .setProtectedHeader({ alg: signer.alg, kid: signer.kid, typ: o.type ?? accessTokenType })
    .setSubject(claims.sub)
    .setIssuer(o.issuer ?? testTokenSettings.issuer)
    .setAudience(o.audience ?? testTokenSettings.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(
      typeof o.expiresIn === 'string' || o.expiresIn === undefined
        ? issuedAt + seconds(o.expiresIn ?? '15m')
        : o.expiresIn,
    );
  if (o.notBefore !== undefined) jwt.setNotBefore(o.notBefore);
  return jwt.sign(signer.key);
}

function seconds(duration: string): number {
  const match = /^(\d+)([smh])$/.exec(duration);
  if (!match) throw new Error(`Test token duration ${duration} is not like 15m`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
}

async function forgedTokensOf(
  sign: TestTokenIssuer['sign'],
  publicJwk: JWK,
  claims: TestTokenClaims,
): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000);
  const good = await sign(claims);
  const [header, payload, signature] = good.split('.') as [string, string, string];
  const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const elevated = base64url({ ...decode(payload), role: 'admin', sub: 'someone-else' });
  const none = base64url({ alg: 'none', typ: accessTokenType });
  const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify(publicJwk));
  return {
    'alg none': `${none}.${payload}.`,
    'HS256 with the public key as secret': await signToken(
      { key: publicKeyAsSecret, alg: 'HS256', kid: String(publicJwk.kid) },
      claims,
    ),
    'signed by another key': await signToken(
      { key: other.privateKey, alg: 'EdDSA', kid: String(publicJwk.kid) },
      claims,
    ),
    'unknown key id': await signToken({ key: other.privateKey, alg: 'EdDSA', kid: 'some-other-kid' }, claims),
    expired: await sign(claims, { issuedAt: now - 600, expiresIn: now - 60 }),
    'not yet valid': await sign(claims, { notBefore: now + 600 }),
    'too old (issued an hour ago)': await sign(claims, { issuedAt: now - 3600, expiresIn: now + 300 }),
    'lives a year': await sign(claims, { expiresIn: now + 365 * 86_400 }),
    'wrong issuer': await sign(claims, { issuer: 'https://evil.example' }),
    'wrong audience': await sign(claims, { audience: 'another-app' }),
    'wrong type (an ID token)': await sign(claims, { type: 'JWT' }),
    'tampered payload': `${header}.${elevated}.${signature}`,
    oversized: await sign(claims, { extra: { padding: 'x'.repeat(8192) } }),
    garbage: 'not-a-token',
  };
}

async function publicKeyOf(privateKey: CryptoKey): Promise<CryptoKey | KeyObject> {
  const { d: _d, ...publicJwk } = await exportJWK(privateKey);
  return createPublicKey({ key: publicJwk as JsonWebKey, format: 'jwk' });
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(segment: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}
