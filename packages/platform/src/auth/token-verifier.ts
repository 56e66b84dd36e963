import {
  createRemoteJWKSet,
  jwtVerify,
  errors as joseErrors,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import {
  accessTokenAlgorithm,
  accessTokenMaxAgeSeconds,
  accessTokenMaxLength,
  accessTokenType,
} from '@bazaar/contracts/identity';
import type { AppError } from '../http/app-error.js';
import type { CurrentRoleLookup } from './current-role.js';
import { serviceUnavailable, unauthenticated } from '../http/app-error.js';
import { validUntilMs, VerifiedTokens } from './verified-tokens.js';

/** The signed-in caller, as an access token proves it. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  /** The role the token claims; admin routes check the user store instead (see auth-guards.ts). */
  role: 'customer' | 'admin';
  /** When the token was issued (seconds since the epoch): older than a password change is refused. */
  issuedAt: number;
  /** The account's session version the token was issued under (claim `sv`); identity compares it. */
  sessionVersion: number;
}

/** Where the public keys are and which issuer and audience a token must carry. */
export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The oldest `iat` accepted, in seconds (default: the longest access token life, 15 minutes). */
  maxTokenAgeSeconds?: number;
}

/** Verifies an access token and returns its user; throws 401 (bad token) or 503 (keys unreachable). */
export interface TokenVerifier {
  (token: string): Promise<AuthenticatedUser>;
  /** The role the user store holds now for the token's user (admin routes); absent: the token's claim. */
  currentRole?: CurrentRoleLookup;
}

/**
 * A verifier backed by identity's JWKS: keys are cached and refetched when a token names an
 * unknown `kid`. Only EdDSA signatures of `typ: at+jwt` tokens with `iat`, `exp` and `sub` are
 * accepted, no older than the longest token life, so `alg: none`, HMAC tricks, ID tokens and
 * year-long tokens all fail.
 */
export function createTokenVerifier(options: TokenVerifierOptions, getKey?: JWTVerifyGetKey): TokenVerifier {
  const keys =
    getKey ??
    createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 2000, cooldownDuration: 10_000 });
  const maxAge = options.maxTokenAgeSeconds ?? accessTokenMaxAgeSeconds;
  const verified = new VerifiedTokens<AuthenticatedUser>(); // a shopper sends one token per request
  const verify = async (token: string) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [accessTokenAlgorithm],
        typ: accessTokenType,
        maxTokenAge: maxAge,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (error) {
      throw toAuthError(error);
    }
    const issuedAt = Number(payload.iat);
    // a token minted to live longer than any access token may is refused even while young
    if (Number(payload.exp) - issuedAt > maxAge) throw unauthenticated('The access token lives too long.');
    const role = payload.role === 'admin' ? 'admin' : 'customer';
    const sessionVersion = typeof payload.sv === 'number' ? payload.sv : 0;
    const user: AuthenticatedUser = Object.freeze({
      id: String(payload.sub),
      email: String(payload.email ?? ''),
      role,
      issuedAt,
      sessionVersion,
    });
    return { value: user, validUntilMs: validUntilMs(payload, maxAge) };
  };
  return async (token) => {
    if (token.length > accessTokenMaxLength) throw unauthenticated('The access token is too long.');
    return verified.verify(token, () => verify(token));
  };
}

function toAuthError(error: unknown): AppError {
  if (error instanceof joseErrors.JWKSTimeout)
    return serviceUnavailable('The signing keys could not be fetched.');
  if (error instanceof joseErrors.JOSEError) return unauthenticated('The access token is not valid.');
  if (error instanceof TypeError) return serviceUnavailable('The signing keys could not be fetched.');
  return unauthenticated('The access token is not valid.');
}
