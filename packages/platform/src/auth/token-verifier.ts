import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import type { AppError } from '../http/app-error.js';
import { serviceUnavailable, unauthenticated } from '../http/app-error.js';

/** The signed-in caller, as an access token proves it. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: 'customer' | 'admin';
}

/** Where the public keys are and which issuer and audience a token must carry. */
export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

/** Verifies an access token and returns its user; throws 401 (bad token) or 503 (keys unreachable). */
export type TokenVerifier = (token: string) => Promise<AuthenticatedUser>;

/**
 * A verifier backed by identity's JWKS: keys are cached and refetched when a token names an
 * unknown `kid`. Only EdDSA signatures are accepted, so `alg: none` and HMAC tricks fail.
 */
export function createTokenVerifier(options: TokenVerifierOptions, getKey?: JWTVerifyGetKey): TokenVerifier {
  const keys =
    getKey ??
    createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 2000, cooldownDuration: 10_000 });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['EdDSA'],
        requiredClaims: ['sub', 'exp'],
      });
      const role = payload.role === 'admin' ? 'admin' : 'customer';
      return { id: String(payload.sub), email: String(payload.email ?? ''), role };
    } catch (error) {
      throw toAuthError(error);
    }
  };
}

function toAuthError(error: unknown): AppError {
  if (error instanceof joseErrors.JWKSTimeout)
    return serviceUnavailable('The signing keys could not be fetched.');
  if (error instanceof joseErrors.JOSEError) return unauthenticated('The access token is not valid.');
  if (error instanceof TypeError) return serviceUnavailable('The signing keys could not be fetched.');
  return unauthenticated('The access token is not valid.');
}
