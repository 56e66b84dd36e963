import { CompiledQuery } from 'kysely';

/**
 * Why a handler's statement lost to another transaction: PostgreSQL broke a deadlock (40P01), could
 * not serialise it (40001), or it would have had to wait for a row lock inside a batch (55P03).
 */
export type TransactionConflict = 'deadlock' | 'serialization' | 'lock_wait';

const conflictCodes: Record<string, TransactionConflict> = {
  '40P01': 'deadlock',
  '40001': 'serialization',
  '55P03': 'lock_wait',
  // SQLite in WAL mode: a transaction that read a snapshot another process has since written over
  SQLITE_BUSY_SNAPSHOT: 'serialization',
};

/**
 * How long a handler inside a batch may wait for a row lock before it leaves the batch. Far below
 * PostgreSQL's deadlock_timeout (1 s), so a batch, which holds its earlier handlers' locks in no
 * particular order, never stays in a wait long enough to become part of a deadlock.
 */
export const batchLockTimeout = CompiledQuery.raw("set local lock_timeout = '20ms'");

/** The conflict an error reports, or undefined when it is some other failure. */
export function conflictOf(error: unknown): TransactionConflict | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? conflictCodes[code] : undefined;
}
