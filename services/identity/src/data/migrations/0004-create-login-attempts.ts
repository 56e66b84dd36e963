import type { Kysely, Migration } from 'kysely';

/**
 * Creates `login_attempts`: the consecutive failed sign-ins per throttle key (an account's email or
 * a client address) and when the last one was, so every replica throttles from the same count.
 */
export const createLoginAttempts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_attempts')
      .addColumn('throttle_key', 'text', (column) => column.primaryKey())
      .addColumn('failures', 'integer', (column) => column.notNull())
      .addColumn('last_failure_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('login_attempts_last_failure_at')
      .on('login_attempts')
      .column('last_failure_at')
      .execute();
  },
};
