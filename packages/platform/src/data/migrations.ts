import { Migrator, type Kysely, type Migration } from 'kysely';

/** A service's forward-only migrations, keyed by a numbered name such as `0001-create-users`. */
export type MigrationSet = Record<string, Migration>;

/** Applies every migration not yet applied, in name order; throws on the first failure. */
export async function migrateToLatest(db: Kysely<unknown>, migrations: MigrationSet): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // the kit's own tables (outbox, inbox) are migrated beside each service's, so names interleave
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
