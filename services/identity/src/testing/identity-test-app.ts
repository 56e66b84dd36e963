// Test support: identity built in-process on a test database, and the requests tests repeat.
import { randomUUID } from 'node:crypto';
import {
  busMigrations,
  createBus,
  createLogger,
  createMetricsRegistry,
  loadConfig,
  openDatabase,
  type DatabaseLocation,
  type HttpApp,
} from '@bazaar/platform';
import { refreshTokenCookie, type AuthSession } from '@bazaar/contracts/identity';
import { IdentityConfigSchema, type IdentityConfig } from '../config.js';
import { migrations } from '../data/migrations/index.js';
import type { IdentityDatabase, IdentityTables } from '../data/schema.js';
import { buildApp } from '../app.js';

/** A running identity app (never listening) and what a test may look at around it. */
export interface IdentityTestApp {
  app: HttpApp;
  config: IdentityConfig;
  database: IdentityDatabase;
  /** Lines shown to the operator on stdout. */
  announced: string[];
}

/** Opens the location's database and builds identity on it; closing the app closes the database. */
export async function startIdentity(
  location: DatabaseLocation,
  env: Record<string, string> = {},
): Promise<IdentityTestApp> {
  return buildIdentity(location, await openIdentityDatabase(location), env);
}

/** Opens (and migrates) identity's database at the location. */
export function openIdentityDatabase(location: DatabaseLocation): Promise<IdentityDatabase> {
  return openDatabase<IdentityTables>(location, { ...busMigrations, ...migrations });
}

/** Builds identity on an open database: the start-up work replicas do at the same time. */
export async function buildIdentity(
  location: DatabaseLocation,
  database: IdentityDatabase,
  env: Record<string, string> = {},
): Promise<IdentityTestApp> {
  const config = loadConfig(IdentityConfigSchema, {
    DATA_DIR: location.dataDir,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const announced: string[] = [];
  const bus = createBus<IdentityTables>({
    service: 'identity',
    dataDir: location.dataDir,
    database,
    logger: createLogger({ service: 'identity', level: 'silent' }),
    metricsRegistry: createMetricsRegistry({ service: 'identity', instance: 'identity' }),
  });
  const onClose = async () => {
    await bus.stop();
    await database.close();
  };
  const app = await buildApp({
    config,
    database,
    bus,
    httpOptions: { onClose },
    announce: (line) => announced.push(line),
  });
  await app.ready();
  return { app, config, database, announced };
}

/** A new email nobody has used yet. */
export const uniqueEmail = (name = 'shopper') => `${name}-${randomUUID().slice(0, 8)}@example.test`;

/** The refresh token a response set in its cookie, if any. */
export function refreshCookieOf(response: {
  cookies: { name: string; value: string }[];
}): string | undefined {
  return response.cookies.find((cookie) => cookie.name === refreshTokenCookie)?.value;
}

/** Posts JSON to the app. */
export function postJson(app: HttpApp, url: string, body: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Signs up a new customer and returns the session, its refresh token and the credentials used. */
export async function signUpShopper(app: HttpApp, name = 'Ada Lovelace') {
  const credentials = { email: uniqueEmail(), password: `pw-${randomUUID()}` };
  const response = await postJson(app, '/auth/signup', { ...credentials, name });
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.statusCode} ${response.body}`);
  return {
    ...credentials,
    session: response.json<AuthSession>(),
    refreshToken: refreshCookieOf(response) ?? '',
  };
}

/** GET /me with a bearer token. */
export function getMe(app: HttpApp, accessToken: string) {
  return app.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${accessToken}` } });
}

/** POSTs to a refresh-cookie route (refresh or logout) with the given refresh token. */
export function postWithRefreshCookie(app: HttpApp, url: string, refreshToken: string | undefined) {
  return app.inject({
    method: 'POST',
    url,
    ...(refreshToken ? { cookies: { [refreshTokenCookie]: refreshToken } } : {}),
  });
}
