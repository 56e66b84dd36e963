import SQLite from 'better-sqlite3';

/**
 * Runs `work` while holding an exclusive lock beside the SQLite file, so replicas starting at
 * once migrate one after another (Kysely's migration lock is a no-op on SQLite).
 */
export async function withSqliteMigrationLock<T>(databaseFile: string, work: () => Promise<T>): Promise<T> {
  if (databaseFile === ':memory:') return work();
  const lock = new SQLite(`${databaseFile}.migration-lock`);
  lock.pragma('busy_timeout = 60000');
  lock.exec('BEGIN EXCLUSIVE');
  try {
    return await work();
  } finally {
    lock.exec('COMMIT');
    lock.close();
  }
}
