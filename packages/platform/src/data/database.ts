import path from 'node:path';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import { ensurePostgresDatabase, loadPg, serviceDatabaseUrl } from './postgres-database.js';
import { migrateToLatest, type MigrationSet } from './migrations.js';
import { withSqliteMigrationLock } from './sqlite-migration-lock.js';
import { withStatementCache } from './statement-cache.js';
import { querySpanLogger } from '../tracing/query-spans.js';

/** The two storage engines every service runs on, with the same queries and migrations. */
export type DatabaseEngine = 'sqlite' | 'postgres';

/** A service's own database: the Kysely handle plus what the kit needs around it. */
export interface Database<Schema> {
  db: Kysely<Schema>;
  engine: DatabaseEngine;
  /** Runs `work` in one transaction: it commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (trx: Transaction<Schema>) => Promise<T>): Promise<T>;
  /** Calls `listener` after each transaction run by `transaction` has committed (the bus wakes its relay). */
  onCommit(listener: () => void): void;
  /** Throws unless the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Where a service's database lives. */
export interface DatabaseLocation {
  service: string;
  /** Folder for the SQLite file (the embedded default). */
  dataDir: string;
  /** PostgreSQL server URL: the service uses database `bazaar_<service>` there. */
  databaseUrl?: string | undefined;
  /** PostgreSQL URL of this service's own database; wins over `databaseUrl`. */
  serviceDatabaseUrl?: string | undefined;
  /** SQLite file name override (tests use ':memory:'). */
  sqliteFile?: string;
}

/** Opens (creating when missing) the service's database and applies its migrations. */
export async function openDatabase<Schema>(
  location: DatabaseLocation,
  migrations: MigrationSet,
): Promise<Database<Schema>> {
  const usePostgres = Boolean(location.serviceDatabaseUrl || location.databaseUrl);
  const database = usePostgres ? await openPostgres<Schema>(location) : openSqlite<Schema>(location);
  const migrate = () => migrateToLatest(database.db as unknown as Kysely<unknown>, migrations);
  try {
    await (usePostgres ? migrate() : withSqliteMigrationLock(sqliteFile(location), migrate));
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function sqliteFile(location: DatabaseLocation): string {
  return location.sqliteFile ?? path.join(location.dataDir, `${location.service}.sqlite`);
}

function openSqlite<Schema>(location: DatabaseLocation): Database<Schema> {
  const file = sqliteFile(location);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('foreign_keys = ON');
  return wrap<Schema>(
    new Kysely<Schema>({
      dialect: new SqliteDialect({ database: withStatementCache(connection) }),
      log: querySpanLogger('sqlite', location.service),
    }),
    'sqlite',
  );
}

async function openPostgres<Schema>(location: DatabaseLocation): Promise<Database<Schema>> {
  const url = location.serviceDatabaseUrl ?? serviceDatabaseUrl(location.databaseUrl ?? '', location.service);
  await ensurePostgresDatabase(url);
  const pg = await loadPg();
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // a dropped idle connection is replaced on next use
  return wrap<Schema>(new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
}

function wrap<Schema>(db: Kysely<Schema>, engine: DatabaseEngine): Database<Schema> {
  const commitListeners: Array<() => void> = [];
  return {
    db,
    engine,
    transaction: async (work) => {
      const result = await db.transaction().execute(work);
      for (const listener of commitListeners) listener();
      return result;
    },
    onCommit: (listener) => void commitListeners.push(listener),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
