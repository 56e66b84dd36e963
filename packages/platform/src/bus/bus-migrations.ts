import type { Generated, Kysely } from 'kysely';
import { isPostgres as usesPostgres } from '../data/engine-of.js';
import type { MigrationSet } from '../data/migrations.js';

/** The outbox and inbox tables; a service merges them into its own: `{ ...busMigrations, ...mine }`. */
export const busMigrations: MigrationSet = {
  '0000-bus-create-outbox': {
    up: async (db: Kysely<unknown>) => {
      const isPostgres = usesPostgres(db);
      await db.schema
        .createTable('bus_outbox')
        // bigserial numbers rows by itself on PostgreSQL; SQLite needs AUTOINCREMENT for the same
        .addColumn('seq', isPostgres ? 'bigserial' : 'integer', (column) =>
          isPostgres ? column.primaryKey() : column.primaryKey().autoIncrement(),
        )
        .addColumn('event_id', 'text', (column) => column.notNull().unique())
        .addColumn('type', 'text', (column) => column.notNull())
        .addColumn('envelope', 'text', (column) => column.notNull())
        .addColumn('created_at', 'double precision', (column) => column.notNull())
        .addColumn('sent_at', 'double precision')
        .execute();
      await db.schema.createIndex('bus_outbox_unsent').on('bus_outbox').columns(['sent_at', 'seq']).execute();
    },
  },
  '0000-bus-create-inbox': {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('bus_inbox')
        .addColumn('queue', 'text', (column) => column.notNull())
        .addColumn('event_id', 'text', (column) => column.notNull())
        .addColumn('handled_at', 'double precision', (column) => column.notNull())
        .addPrimaryKeyConstraint('bus_inbox_pk', ['queue', 'event_id'])
        .execute();
      await db.schema.createIndex('bus_inbox_handled_at').on('bus_inbox').column('handled_at').execute();
    },
  },
  '0001-bus-outbox-set-aside': {
    // an event no queue is bound to yet is set aside and retried later, so it cannot hold up the rest
    up: async (db: Kysely<unknown>) => {
      await db.schema.alterTable('bus_outbox').addColumn('retry_at', 'double precision').execute();
      await db.schema
        .alterTable('bus_outbox')
        .addColumn('set_aside_count', 'integer', (column) => column.notNull().defaultTo(0))
        .execute();
    },
  },
};

/** The bus tables as Kysely sees them. */
export interface BusTables {
  bus_outbox: {
    seq: Generated<number>;
    event_id: string;
    type: string;
    envelope: string;
    created_at: number;
    sent_at: number | null;
    /** When a set-aside (unroutable) event may be tried again; null for every other row. */
    retry_at: number | null;
    set_aside_count: Generated<number>;
  };
  bus_inbox: { queue: string; event_id: string; handled_at: number };
}
