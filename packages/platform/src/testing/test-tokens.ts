import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWK } from 'jose';
import { createTokenVerifier, type TokenVerifier } from '../auth/token-verifier.js';

/** Issuer and audience that test tokens carry, the same as identity's. */
export const testTokenSettings = { issuer: 'bazaar-identity', audience: 'bazaar' };

/** Claims of a test token. */
export interface TestTokenClaims {
  sub: string;
  email?: string;
  role?: 'customer' | 'admin';
}

/** A signing key for tests, the verifier that trusts it, and a maker of good and bad tokens. */
export interface TestTokenIssuer {
  verifier: TokenVerifier;
  jwks: { keys: JWK[] };
  sign(
    claims: TestTokenClaims,
    overrides?: { issuer?: string; audience?: string; expiresIn?: string | number },
  ): Promise<string>;
  /** Every kind of token that must be refused with 401, by name. */
  forgedTokens(claims: TestTokenClaims): Promise<Record<string, string>>;
}

/** Creates an Ed25519 key pair and a verifier over its public JWKS, as identity would publish it. */
export async function createTestTokenIssuer(): Promise<TestTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'EdDSA', use: 'sig' };
  const jwks = { keys: [jwk] };
  const verifier = createTokenVerifier(
    { jwksUrl: 'http://unused.invalid', ...testTokenSettings },
    createLocalJWKSet(jwks),
  );
  const signWith = async (
    key: Parameters<SignJWT['sign']>[0],
    kid: string,
    claims: TestTokenClaims,
    o: { issuer?: string; audience?: string; expiresIn?: string | number } = {},
  ) =>
    new SignJWT({ email: claims.email ?? `${claims.sub}@example.test`, role: claims.role ?? 'customer' })
      .setProtectedHeader({ alg: 'EdDSA', kid })
      .setSubject(claims.sub)
      .setIssuer(o.issuer ?? testTokenSettings.issuer)
      .setAudience(o.audience ?? testTokenSettings.audience)
      .setIssuedAt()
      .setExpirationTime(o.expiresIn ?? '15m')
      .sign(key);
  const sign: TestTokenIssuer['sign'] = (claims, overrides) =>
    signWith(privateKey, 'test-key', claims, overrides);

  return {
    verifier,
    jwks,
    sign,
    async forgedTokens(claims) {
      const good = await sign(claims);
      const [header, payload, signature] = good.split('.') as [string, string, string];
      const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const elevated = Buffer.from(
        JSON.stringify({ ...decode(payload), role: 'admin', sub: 'someone-else' }),
      ).toString('base64url');
      const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      return {
        'alg none': `${none}.${payload}.`,
        'signed by another key': await signWith(other.privateKey, 'test-key', claims),
        'unknown key id': await signWith(other.privateKey, 'some-other-kid', claims),
        expired: await sign(claims, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
        'wrong issuer': await sign(claims, { issuer: 'https://evil.example' }),
        'wrong audience': await sign(claims, { audience: 'another-app' }),
        'tampered payload': `${header}.${elevated}.${signature}`,
        garbage: 'not-a-token',
      };
    },
  };
}

function decode(segment: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}
