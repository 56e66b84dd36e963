import { isPostgres as usesPostgres } from '@bazaar/platform';
import type { Kysely, Migration } from 'kysely';

/** Creates the address book (users) and the notifications with their email delivery state. */
export const createNotifications: Migration = {
  async up(db: Kysely<unknown>) {
    const isPostgres = usesPostgres(db);
    await db.schema
      .createTable('users')
      .addColumn('user_id', 'text', (column) => column.primaryKey())
      .addColumn('email', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('registered_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('notifications')
      .addColumn('seq', isPostgres ? 'bigserial' : 'integer', (column) =>
        // bigserial numbers itself; SQLite needs AUTOINCREMENT (PostgreSQL rejects the keyword)
        isPostgres ? column.primaryKey() : column.primaryKey().autoIncrement(),
      )
      .addColumn('id', 'text', (column) => column.notNull().unique())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('type', 'text', (column) => column.notNull())
      .addColumn('title', 'text', (column) => column.notNull())
      .addColumn('body', 'text', (column) => column.notNull())
      .addColumn('order_id', 'text')
      .addColumn('source_event_id', 'text', (column) => column.notNull().unique())
      .addColumn('dedupe_key', 'text', (column) => column.notNull().unique())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('read_at', 'text')
      .addColumn('email_status', 'text', (column) => column.notNull())
      .addColumn('email_attempts', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('email_next_attempt_at', 'text')
      .addColumn('email_last_error', 'text')
      .addColumn('email_sent_at', 'text')
      .execute();
    await db.schema
      .createIndex('notifications_user_seq')
      .on('notifications')
      .columns(['user_id', 'seq'])
      .execute();
    await db.schema
      .createIndex('notifications_email_due')
      .on('notifications')
      .columns(['email_status', 'email_next_attempt_at'])
      .execute();
  },
};
