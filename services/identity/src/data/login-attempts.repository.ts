import type { Kysely } from 'kysely';
import type { DatabaseEngine } from '@bazaar/platform';
import type { FailureCount } from '../domain/login-throttle.js';
import type { IdentityTables } from './schema.js';

/** The database or a transaction on it. */
type Db = Kysely<IdentityTables>;

/**
 * Reads a key's count and holds it until the transaction ends: the row is made first (so SQLite
 * takes its write lock at once) and locked FOR UPDATE on PostgreSQL, so racing replicas queue.
 */
export async function lockFailureCount(
  trx: Db,
  engine: DatabaseEngine,
  key: string,
  now: Date,
): Promise<FailureCount> {
  await trx
    .insertInto('login_attempts')
    .values({ throttle_key: key, failures: 0, last_failure_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('throttle_key').doNothing())
    .execute();
  const row = await trx
    .selectFrom('login_attempts')
    .select(['failures', 'last_failure_at'])
    .where('throttle_key', '=', key)
    .$if(engine === 'postgres', (query) => query.forUpdate())
    .executeTakeFirstOrThrow();
  return { failures: row.failures, lastFailureAt: new Date(row.last_failure_at) };
}

/** Stores a key's count. */
export async function saveFailureCount(trx: Db, key: string, count: FailureCount): Promise<void> {
  await trx
    .updateTable('login_attempts')
    .set({ failures: count.failures, last_failure_at: count.lastFailureAt.toISOString() })
    .where('throttle_key', '=', key)
    .execute();
}

/** Takes one failure back from a key's count (an attempt counted up front that succeeded). */
export async function refundFailure(db: Db, key: string): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('throttle_key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

/** Forgets a key's failures (a successful sign-in ends an account's consecutive run). */
export async function forgetFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('throttle_key', '=', key).execute();
}

/** Deletes the counts whose last failure is older than `before` (they count as none anyway). */
export async function forgetFailuresBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('login_attempts').where('last_failure_at', '<', before.toISOString()).execute();
}
