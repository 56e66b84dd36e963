import fastifyCookie from '@fastify/cookie';
import { createHttpServer, type Bus, type HttpApp, type HttpServerOptions } from '@bazaar/platform';
import type { IdentityConfig } from './config.js';
import type { IdentityDatabase, IdentityTables } from './data/schema.js';
import type { SigningKeyStore } from './domain/signing-key-ring.js';
import { createAccessTokens } from './security/access-tokens.js';
import { createPasswordHasher } from './security/passwords.js';
import { createLoginThrottle } from './security/login-throttle.js';
import { openSigningKeyStore } from './security/signing-keys.js';
import type { Collaborators } from './use-cases/collaborators.js';
import { registerAuthRoutes } from './http/auth.routes.js';
import { registerMeRoutes } from './http/me.routes.js';
import { registerJwksRoutes } from './http/jwks.routes.js';

/** What identity is built from; tests may pass their own key store and clock. */
export interface IdentityDeps {
  config: IdentityConfig;
  database: IdentityDatabase;
  /** The bus whose outbox sign-up writes identity.user.registered to. */
  bus: Bus<IdentityTables>;
  /** The process's shared server options (logger, metrics, readiness, shutdown) when it has them. */
  httpOptions?: Partial<HttpServerOptions>;
  /** Default: SIGNING_KEY, or the key file in DATA_DIR. */
  signingKeys?: SigningKeyStore;
  now?: () => Date;
  /** The login throttle's clock alone (tests move it past a lock); default: `now`. */
  throttleNow?: () => Date;
}

/**
 * Builds identity's HTTP app and registers its routes; no I/O (the signing key and the admin
 * account are start hooks, see service.ts). It never listens; the app closes the database when it closes.
 */
export async function buildApp(deps: IdentityDeps): Promise<HttpApp> {
  const { config, database } = deps;
  const collaborators = await createCollaborators(deps);
  const app = await createHttpServer({
    service: 'identity',
    instance: config.SERVICE_INSTANCE,
    description: 'Users, password hashes, sessions and the keys that sign access tokens.',
    log: { level: config.LOG_LEVEL, format: config.LOG_FORMAT },
    readiness: [{ name: 'database', check: () => database.ping() }],
    onClose: () => database.close(),
    bodyLimit: 16 * 1024,
    ...deps.httpOptions,
  });
  await app.register(fastifyCookie);
  registerAuthRoutes(app, collaborators, {
    path: config.REFRESH_COOKIE_PATH,
    secure: config.REFRESH_COOKIE_SECURE ?? config.BAZAAR_ENV !== 'development',
    maxAgeSeconds: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
  });
  registerMeRoutes(app, collaborators);
  registerJwksRoutes(app, collaborators.accessTokens);
  return app;
}

async function createCollaborators(deps: IdentityDeps): Promise<Collaborators> {
  const now = deps.now ?? (() => new Date());
  const signingKeys = deps.signingKeys ?? openSigningKeyStore(deps.config);
  const ttlSeconds = deps.config.ACCESS_TOKEN_TTL_SECONDS;
  return {
    database: deps.database,
    bus: deps.bus,
    passwords: await createPasswordHasher(),
    accessTokens: createAccessTokens({ signingKeys, ttlSeconds, now }),
    sessionLimits: {
      refreshTokenTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
      maxSessionDays: deps.config.SESSION_MAX_DAYS,
    },
    loginThrottle: createLoginThrottle({
      database: deps.database,
      ...throttlePolicies(deps.config),
      now: deps.throttleNow ?? now,
    }),
    now,
  };
}

function throttlePolicies(config: IdentityConfig) {
  const lockMs = config.LOGIN_LOCK_SECONDS * 1000;
  const addressLock = config.LOGIN_ADDRESS_LOCK_AFTER_FAILURES;
  return {
    account: {
      delayAfter: config.LOGIN_DELAY_AFTER_FAILURES,
      lockAfter: config.LOGIN_LOCK_AFTER_FAILURES,
      lockMs,
    },
    address: { delayAfter: Math.ceil(addressLock / 2), lockAfter: addressLock, lockMs },
  };
}
