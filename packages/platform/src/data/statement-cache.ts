import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { RecentlyUsed } from '../util/recently-used.js';

/**
 * A `prepare` for the connection that reuses statements by their SQL text (the least recently used
 * are dropped past `capacity`): preparing costs about as much as running a small indexed read. A
 * statement still being iterated (busy) is not handed out again; a fresh one is prepared instead.
 */
export function reusingStatements(connection: SqliteConnection, capacity = 256): (sql: string) => Statement {
  const statements = new RecentlyUsed<string, Statement>(capacity);
  return (sql) => {
    const cached = statements.get(sql);
    if (cached && !cached.busy) return cached;
    const statement = connection.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
}

/**
 * Hands Kysely a SQLite connection whose `prepare` reuses statements (`reusingStatements`): Kysely
 * prepares every query anew; its SQLite driver runs one statement at a time on the connection.
 */
export function withStatementCache(connection: SqliteConnection, capacity = 256): SqliteDatabase {
  const prepare = reusingStatements(connection, capacity);
  return { close: () => connection.close(), prepare };
}
