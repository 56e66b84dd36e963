import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  const connection = new SQLite(':memory:');
  connection.exec('create table t (n integer)');
  connection.exec('insert into t values (1), (2), (3)');

  it('reuses the prepared statement for the same SQL and still binds new parameters', () => {
    const database = withStatementCache(connection);
    const first = database.prepare('select n from t where n >= ?');
    const second = database.prepare('select n from t where n >= ?');
    expect(second).toBe(first);
    expect(second.all([2])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(first.all([3])).toEqual([{ n: 3 }]);
  });

  it('forgets the least recently used statement past its capacity', () => {
    const database = withStatementCache(connection, 2);
    const one = database.prepare('select 1');
    const two = database.prepare('select 2');
    database.prepare('select 1'); // "select 1" is now the most recent
    database.prepare('select 3'); // drops "select 2"
    expect(database.prepare('select 1')).toBe(one);
    expect(database.prepare('select 2')).not.toBe(two);
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    const database = withStatementCache(connection);
    const sql = 'select n from t order by n';
    const iterating = database.prepare(sql).iterate([]);
    iterating.next();
    const other = database.prepare(sql);
    expect(other.all([])).toHaveLength(3);
    iterating.return?.();
  });
});
