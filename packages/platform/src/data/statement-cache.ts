import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Hands Kysely a SQLite connection whose `prepare` reuses statements by their SQL text (the
 * least recently used are dropped past `capacity`). Kysely prepares every query anew, and
 * preparing costs about as much as running a small indexed read; its SQLite driver runs one
 * statement at a time on the connection; one still being iterated (busy) is not handed out again.
 */
export function withStatementCache(connection: SqliteConnection, capacity = 256): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        statements.delete(sql);
        statements.set(sql, cached); // most recently used last
        return cached;
      }
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
