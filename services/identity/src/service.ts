// identity: users, password hashes, sessions and the keys that sign access tokens.
import path from 'node:path';
import type { ServiceDefinition, StartHook } from '@bazaar/platform';
import { buildApp } from './app.js';
import { IdentityConfigSchema } from './config.js';
import { migrations } from './data/migrations/index.js';
import type { IdentityTables } from './data/schema.js';
import { createPasswordHasher } from './security/passwords.js';
import { openSigningKeyStore } from './security/signing-keys.js';
import { ensureAdminAccount } from './use-cases/ensure-admin-account.js';

type IdentityStartHook = StartHook<typeof IdentityConfigSchema, IdentityTables>;

/** What a start of identity may change: where the generated admin password is shown (tests collect it), the throttle's clock. */
export interface IdentityStartOptions {
  /** Shows the operator a line (default: stdout, not the log). */
  announce?: (line: string) => void;
  /** The login throttle's clock (tests move it past a lock instead of waiting). */
  throttleNow?: () => Date;
}

/** Start hook: the first start creates the signing key file; a bad SIGNING_KEY fails the start, not a request. */
export const loadSigningKeyOnStart: IdentityStartHook = async (_app, { config }) => {
  await openSigningKeyStore(config).load();
};

/** Start hook: makes sure the admin account exists (ADMIN_EMAIL, ADMIN_PASSWORD or a generated one). */
export function ensureAdminAccountOnStart(announce: (line: string) => void): IdentityStartHook {
  return async (_app, { config, resources }) => {
    const collaborators = {
      database: resources.database,
      passwords: await createPasswordHasher(),
      now: () => new Date(),
    };
    await ensureAdminAccount(collaborators, {
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
      credentialsFile: path.resolve(config.DATA_DIR, 'admin-credentials.json'),
      announce,
    });
  };
}

/** identity as it starts, with its admin-account announcements going where `options` says. */
export function defineIdentityService(
  options: IdentityStartOptions = {},
): ServiceDefinition<typeof IdentityConfigSchema, IdentityTables> {
  const announce = options.announce ?? ((line: string) => process.stdout.write(`${line}\n`));
  return {
    service: 'identity',
    configSchema: IdentityConfigSchema,
    migrations,
    buildApp: ({ config, resources }) =>
      buildApp({
        config,
        ...resources,
        ...(options.throttleNow ? { throttleNow: options.throttleNow } : {}),
      }),
    onStart: [loadSigningKeyOnStart, ensureAdminAccountOnStart(announce)],
  };
}

/** identity: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const identityService = defineIdentityService();
