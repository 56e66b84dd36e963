import {
  claimEmail,
  findDueEmails,
  markEmailAttemptFailed,
  markEmailSent,
  type DueEmail,
} from '../data/email-deliveries.repository.js';
import type { NotificationsDb } from '../data/notifications-schema.js';
import { emailRetryDelayMs, hasUsedUpAttempts } from '../domain/email-retry.js';
import type { Mailer } from '../email/mailer.js';

/** How emails are retried and how long one sender holds an email it is sending. */
export interface EmailDeliverySettings {
  maxAttempts: number;
  retryBaseMs: number;
  /** Longer than one SMTP conversation can take; after it another replica may retry. */
  leaseMs: number;
  batchSize: number;
}

/** One email that could not be sent this time. */
export interface EmailFailure {
  notificationId: string;
  attempts: number;
  error: string;
  hasGivenUp: boolean;
}

/** What one round of sending did. */
export interface EmailRound {
  sent: number;
  failures: EmailFailure[];
}

/** Sends the emails that are due, marks each sent, or schedules a retry with backoff until it fails for good. */
export async function sendPendingEmails(
  db: NotificationsDb,
  mailer: Mailer,
  settings: EmailDeliverySettings,
): Promise<EmailRound> {
  const round: EmailRound = { sent: 0, failures: [] };
  const due = await findDueEmails(db, new Date().toISOString(), settings.batchSize);
  for (const email of due) {
    const leaseUntil = new Date(Date.now() + settings.leaseMs).toISOString();
    if (!(await claimEmail(db, email, leaseUntil))) continue;
    const failure = await sendOne(db, mailer, settings, email);
    if (failure) round.failures.push(failure);
    else round.sent += 1;
  }
  return round;
}

async function sendOne(
  db: NotificationsDb,
  mailer: Mailer,
  settings: EmailDeliverySettings,
  email: DueEmail,
): Promise<EmailFailure | undefined> {
  try {
    // the user's address may arrive after their first order event: retry until it does
    if (email.to === null) throw new Error('no email address is known for this user yet');
    await mailer.send({ to: email.to, subject: email.subject, text: email.text });
    await markEmailSent(db, email.notificationId, new Date().toISOString());
    return undefined;
  } catch (error) {
    const attempts = email.attempts + 1;
    const hasGivenUp = hasUsedUpAttempts(attempts, settings.maxAttempts);
    const retryAt = hasGivenUp
      ? null
      : new Date(Date.now() + emailRetryDelayMs(attempts, settings.retryBaseMs)).toISOString();
    const message = error instanceof Error ? error.message : String(error);
    await markEmailAttemptFailed(db, email.notificationId, { attempts, error: message, retryAt });
    return { notificationId: email.notificationId, attempts, error: message, hasGivenUp };
  }
}
