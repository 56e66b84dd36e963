import type { MigrationSet } from '@bazaar/platform';
import { createUsers } from './0001-create-users.js';
import { createRefreshTokens } from './0002-create-refresh-tokens.js';
import { addSessionBounds } from './0003-add-session-bounds.js';
import { createLoginAttempts } from './0004-create-login-attempts.js';

/** Identity's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const migrations: MigrationSet = {
  '0001-create-users': createUsers,
  '0002-create-refresh-tokens': createRefreshTokens,
  '0003-add-session-bounds': addSessionBounds,
  '0004-create-login-attempts': createLoginAttempts,
};
