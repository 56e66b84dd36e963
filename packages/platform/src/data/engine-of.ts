import type { Kysely } from 'kysely';

/**
 * True when `db` talks to PostgreSQL, for the few migrations whose column types differ by engine.
 * Compared by class name, not `instanceof`: under a test runner kysely can be loaded twice (its
 * CommonJS and ES module builds), and the classes of one copy are not those of the other.
 */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}
