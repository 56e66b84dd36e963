import type { FastifyInstance } from 'fastify';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { jwksPath } from '@bazaar/contracts/identity';
import {
  serviceCredentialHeader,
  serviceCredentialTtlSeconds,
  serviceCredentialType,
} from '../auth/service-keys.js';
import { validUntilMs, VerifiedTokens } from '../auth/verified-tokens.js';
import { AppError } from './app-error.js';
import { hasMetricsToken } from './metrics-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The process that made this call, as its verified credential says (null on open routes). */
    caller: string | null;
  }
}

/** Who may call this process, and how their credentials are checked. */
export interface CallerCheckOptions {
  /** This process's name: the `aud` a credential must carry. */
  service: string;
  /** The processes the declaration lets call it (`callersOf`). */
  allowedCallers: readonly string[];
  /** Every process's public key by name; undefined when none were given (then every call is refused). */
  publicKeys: Record<string, JWK> | undefined;
  /** A token that may read `/metrics` alone (a local Prometheus), from `METRICS_TOKEN`. */
  metricsToken?: string | undefined;
}

const openPaths = new Set(['/health/live', '/health/ready', jwksPath]);

/**
 * Refuses every call but health and the JWKS unless it carries a valid credential of a process the
 * declaration allows, scoped to this one: a user token alone, a stranger on the host, another
 * process, an expired or misdirected credential all get 401/403. `/metrics` also opens to the
 * metrics token.
 */
export function installCallerCheck(app: FastifyInstance, options: CallerCheckOptions): void {
  const keys = createLocalJWKSet({ keys: Object.values(options.publicKeys ?? {}) });
  const allowed = new Set(options.allowedCallers);
  const verified = new VerifiedTokens<string>(); // a caller reuses its credential for a minute
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (openPaths.has(path)) return;
    if (path === '/metrics' && hasMetricsToken(request, options.metricsToken)) return;
    if (!options.publicKeys) throw credentialRequired('This process was given no service keys.');
    const credential = request.headers[serviceCredentialHeader];
    if (typeof credential !== 'string' || credential.length > 2048) {
      throw credentialRequired(
        `Only other services call ${options.service}: send their ${serviceCredentialHeader}.`,
      );
    }
    const caller = await verified.verify(credential, () => verifiedCaller(credential, keys, options.service));
    if (!allowed.has(caller))
      throw new AppError('CALLER_NOT_ALLOWED', { detail: `${caller} may not call ${options.service}.` });
    request.caller = caller;
  });
}

async function verifiedCaller(
  credential: string,
  keys: ReturnType<typeof createLocalJWKSet>,
  service: string,
): Promise<{ value: string; validUntilMs: number }> {
  try {
    const { payload, protectedHeader } = await jwtVerify(credential, keys, {
      audience: service,
      algorithms: ['EdDSA'],
      typ: serviceCredentialType,
      maxTokenAge: serviceCredentialTtlSeconds,
      requiredClaims: ['iss', 'iat', 'exp'],
    });
    // the key that verified is the issuer's own: its kid is the process name
    if (payload.iss !== protectedHeader.kid) throw new Error('issuer and key differ');
    return { value: String(payload.iss), validUntilMs: validUntilMs(payload, serviceCredentialTtlSeconds) };
  } catch {
    throw credentialRequired('The service credential is not valid.');
  }
}

function credentialRequired(detail: string): AppError {
  return new AppError('SERVICE_CREDENTIAL_REQUIRED', { detail });
}
