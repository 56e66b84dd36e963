// Test support: identity started in-process as main.ts starts it, and the requests tests repeat.
import { randomUUID } from 'node:crypto';
import type { DatabaseLocation, HttpApp } from '@bazaar/platform';
import { startServiceInProcess } from '@bazaar/platform/testing';
import { refreshTokenCookie, type AuthSession } from '@bazaar/contracts/identity';
import type { IdentityConfig } from '../config.js';
import type { IdentityDatabase } from '../data/schema.js';
import { defineIdentityService, type IdentityStartOptions } from '../service.js';

/** A running identity app (never listening) and what a test may look at around it. */
export interface IdentityTestApp {
  app: HttpApp;
  config: IdentityConfig;
  database: IdentityDatabase;
  /** Lines shown to the operator on stdout. */
  announced: string[];
}

/** Work a test runs before identity's own start hooks (to line replicas up, say). */
export type BeforeHooks = () => Promise<void>;

/** Starts identity on the location, start hooks included; closing the app closes its bus and database. */
export async function startIdentity(
  location: DatabaseLocation,
  env: Record<string, string> = {},
  beforeHooks?: BeforeHooks,
  options: Pick<IdentityStartOptions, 'throttleNow'> = {},
): Promise<IdentityTestApp> {
  const announced: string[] = [];
  const service = defineIdentityService({ ...options, announce: (line) => announced.push(line) });
  const onStart = [...(beforeHooks ? [beforeHooks] : []), ...(service.onStart ?? [])];
  const started = await startServiceInProcess({ ...service, onStart }, { location, env });
  const { app, config, resources } = started;
  return { app, config, database: resources.database, announced };
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
