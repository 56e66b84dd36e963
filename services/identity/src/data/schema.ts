import type { Generated } from 'kysely';
import type { Database } from '@bazaar/platform';

/** The `users` table. Times are ISO 8601 text. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  /** Bumped by a password or role change; access tokens of an older version are refused. */
  session_version: Generated<number>;
}

/** The `refresh_tokens` table: only a SHA-256 hash of each token is kept. */
export interface RefreshTokensTable {
  token_hash: string;
  user_id: string;
  family_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** When the sign-in this token continues began (null: rows from before it was kept). */
  session_started_at: string | null;
}

/** The `login_attempts` table: consecutive failed sign-ins per throttle key (see login-throttle.ts). */
export interface LoginAttemptsTable {
  throttle_key: string;
  failures: number;
  last_failure_at: string;
}

/** Identity's tables. */
export interface IdentityTables {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  login_attempts: LoginAttemptsTable;
}

/** Identity's own database. */
export type IdentityDatabase = Database<IdentityTables>;
