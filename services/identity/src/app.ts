import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import { createHttpServer, type Bus, type HttpApp, type HttpServerOptions } from '@bazaar/platform';
import type { IdentityConfig } from './config.js';
import type { IdentityDatabase, IdentityTables } from './data/schema.js';
import type { SigningKeyStore } from './domain/signing-key-ring.js';
import { createAccessTokens } from './security/access-tokens.js';
import { createPasswordHasher } from './security/passwords.js';
import { openSigningKeyStore } from './security/signing-keys.js';
import type { Collaborators } from './use-cases/collaborators.js';
import { ensureAdminAccount } from './use-cases/ensure-admin-account.js';
import { registerAuthRoutes } from './http/auth.routes.js';
import { registerMeRoutes } from './http/me.routes.js';
import { registerJwksRoutes } from './http/jwks.routes.js';

/** What identity is built from; tests pass their own database, key store, clock and announcer. */
export interface IdentityDeps {
  config: IdentityConfig;
  database: IdentityDatabase;
  /** The bus whose outbox sign-up writes identity.user.registered to. */
  bus: Bus<IdentityTables>;
  /** The process's shared server options (logger, metrics, readiness, shutdown) when it has them. */
  httpOptions?: Partial<HttpServerOptions>;
  /** Default: SIGNING_KEY, or the key file in DATA_DIR. */
  signingKeys?: SigningKeyStore;
  /** Shows the operator a line on stdout (the generated admin password, once). */
  announce?: (line: string) => void;
  now?: () => Date;
}

/**
 * Builds identity's HTTP app: makes sure the signing key and the admin account exist, then
 * registers its routes. It never listens; the app closes the database when it closes.
 */
export async function buildApp(deps: IdentityDeps): Promise<HttpApp> {
  const { config, database } = deps;
  const collaborators = await createCollaborators(deps);
  await ensureAdminAccount(collaborators, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
    credentialsFile: path.resolve(config.DATA_DIR, 'admin-credentials.json'),
    announce: deps.announce ?? ((line) => process.stdout.write(`${line}\n`)),
  });
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
    secure: config.REFRESH_COOKIE_SECURE,
    maxAgeSeconds: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
  });
  registerMeRoutes(app, collaborators);
  registerJwksRoutes(app, collaborators.accessTokens);
  return app;
}

async function createCollaborators(deps: IdentityDeps): Promise<Collaborators> {
  const now = deps.now ?? (() => new Date());
  const signingKeys = deps.signingKeys ?? openSigningKeyStore(deps.config);
  await signingKeys.load(); // the first start creates the key; a bad SIGNING_KEY fails here, not per request
  const ttlSeconds = deps.config.ACCESS_TOKEN_TTL_SECONDS;
  return {
    database: deps.database,
    bus: deps.bus,
    passwords: await createPasswordHasher(),
    accessTokens: createAccessTokens({ signingKeys, ttlSeconds, now }),
    refreshTokenTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
    now,
  };
}
