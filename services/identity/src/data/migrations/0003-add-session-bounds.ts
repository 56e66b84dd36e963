import type { Kysely, Migration } from 'kysely';

/**
 * Adds `users.session_version` (access tokens carry it as `sv`; a password or role change bumps it,
 * so older tokens are refused) and `refresh_tokens.session_started_at` (when the sign-in began,
 * for its absolute lifetime).
 */
export const addSessionBounds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('session_version', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('refresh_tokens').addColumn('session_started_at', 'text').execute();
  },
};
