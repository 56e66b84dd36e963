import type { Kysely, Migration } from 'kysely';

/** Creates `refresh_tokens`: hashed refresh tokens grouped in families (one per sign-in). */
export const createRefreshTokens: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('refresh_tokens')
      .addColumn('token_hash', 'text', (column) => column.primaryKey())
      .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
      .addColumn('family_id', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('refresh_tokens_family_id')
      .on('refresh_tokens')
      .column('family_id')
      .execute();
    await db.schema.createIndex('refresh_tokens_user_id').on('refresh_tokens').column('user_id').execute();
  },
};
