import type { NotificationsDb } from './notifications-schema.js';

/** A notification whose email is due, with the address it goes to (null while the user is unknown). */
export interface DueEmail {
  notificationId: string;
  to: string | null;
  subject: string;
  text: string;
  attempts: number;
  /** The due time it was found with: claiming compares against it so only one sender wins. */
  dueAt: string;
}

/** Pending emails whose next attempt is due at `now`, oldest first. */
export async function findDueEmails(db: NotificationsDb, now: string, limit: number): Promise<DueEmail[]> {
  const rows = await db
    .selectFrom('notifications')
    .leftJoin('users', 'users.user_id', 'notifications.user_id')
    .select([
      'notifications.id',
      'users.email',
      'notifications.title',
      'notifications.body',
      'notifications.email_attempts',
      'notifications.email_next_attempt_at',
    ])
    .where('notifications.email_status', '=', 'pending')
    .where('notifications.email_next_attempt_at', '<=', now)
    .orderBy('notifications.seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    notificationId: row.id,
    to: row.email,
    subject: row.title,
    text: row.body,
    attempts: Number(row.email_attempts),
    dueAt: row.email_next_attempt_at ?? now,
  }));
}

/**
 * Claims a due email until `leaseUntil` by moving its due time, only if nobody moved it since it was
 * found: of several replicas, one sends it. True when this caller won.
 */
export async function claimEmail(db: NotificationsDb, email: DueEmail, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ email_next_attempt_at: leaseUntil })
    .where('id', '=', email.notificationId)
    .where('email_status', '=', 'pending')
    .where('email_next_attempt_at', '=', email.dueAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records that the email was sent. */
export async function markEmailSent(
  db: NotificationsDb,
  notificationId: string,
  sentAt: string,
): Promise<void> {
  await db
    .updateTable('notifications')
    .set((eb) => ({
      email_status: 'sent',
      email_sent_at: sentAt,
      email_attempts: eb('email_attempts', '+', 1),
      email_next_attempt_at: null,
      email_last_error: null,
    }))
    .where('id', '=', notificationId)
    .execute();
}

/** Records a failed attempt: try again at `retryAt`, or give up (status failed) when it is null. */
export async function markEmailAttemptFailed(
  db: NotificationsDb,
  notificationId: string,
  failure: { attempts: number; error: string; retryAt: string | null },
): Promise<void> {
  await db
    .updateTable('notifications')
    .set({
      email_status: failure.retryAt === null ? 'failed' : 'pending',
      email_attempts: failure.attempts,
      email_next_attempt_at: failure.retryAt,
      email_last_error: failure.error.slice(0, 500),
    })
    .where('id', '=', notificationId)
    .execute();
}
