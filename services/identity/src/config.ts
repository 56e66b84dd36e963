import Type from 'typebox';
import { commonConfig, loadConfigOrExit, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key identity reads, with its default and what it means. */
export const IdentityConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7101),
  ...serviceDatabaseConfig('identity'),
  ADMIN_EMAIL: Type.String({
    default: 'admin@bazaar.local',
    pattern: '^[^@\\s]+@[^@\\s]+$',
    description: 'email of the admin account, ensured at every start',
  }),
  ADMIN_PASSWORD: Type.Optional(
    Type.String({
      minLength: 10,
      maxLength: 128,
      description:
        'admin password; unset: generated once, printed once, kept in DATA_DIR/admin-credentials.json',
    }),
  ),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({
    default: 900,
    minimum: 1,
    maximum: 900,
    description: 'lifetime of an access token in seconds (at most 15 minutes)',
  }),
  REFRESH_TOKEN_TTL_DAYS: Type.Integer({
    default: 30,
    minimum: 1,
    maximum: 365,
    description: 'lifetime of a refresh token in days; each refresh starts a new one',
  }),
  SESSION_MAX_DAYS: Type.Integer({
    default: 90,
    minimum: 1,
    maximum: 365,
    description: 'absolute lifetime of a sign-in in days, however often it is refreshed',
  }),
  REFRESH_COOKIE_PATH: Type.String({
    default: '/api/auth',
    pattern: '^/',
    description: 'Path of the refresh cookie: where the browser sends it (the public auth routes)',
  }),
  REFRESH_COOKIE_SECURE: Type.Optional(
    Type.Boolean({
      description: 'mark the refresh cookie Secure; unset: Secure unless BAZAAR_ENV is development',
    }),
  ),
  LOGIN_DELAY_AFTER_FAILURES: Type.Integer({
    default: 5,
    minimum: 1,
    maximum: 100,
    description:
      'consecutive failed sign-ins of an account after which each next attempt waits 1 s, 2 s, 4 s, …',
  }),
  LOGIN_LOCK_AFTER_FAILURES: Type.Integer({
    default: 10,
    minimum: 1,
    maximum: 100,
    description:
      'consecutive failed sign-ins of an account that lock it for LOGIN_LOCK_SECONDS (even the right password)',
  }),
  LOGIN_LOCK_SECONDS: Type.Integer({
    default: 900,
    minimum: 1,
    maximum: 86_400,
    description: 'how long a lock lasts after the last failed attempt',
  }),
  LOGIN_ADDRESS_LOCK_AFTER_FAILURES: Type.Integer({
    default: 100,
    minimum: 2,
    maximum: 10_000,
    description:
      'failed sign-ins from one client address (any account; a success takes one back) that lock it; delays start at half',
  }),
  SIGNING_KEY: Type.Optional(
    Type.String({
      description:
        'private Ed25519 JWK (JSON) that signs access tokens; unset: keys are generated and kept in DATA_DIR/identity-signing-keys.json',
    }),
  ),
});

/** Identity's validated configuration. */
export type IdentityConfig = Type.Static<typeof IdentityConfigSchema>;

/** Reads identity's configuration from the environment, or prints every problem and exits. */
export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  return loadConfigOrExit(IdentityConfigSchema, env);
}
