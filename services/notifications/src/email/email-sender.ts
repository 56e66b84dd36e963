import { startPeriodicJob, type PeriodicJob } from '@bazaar/platform';
import type { FastifyBaseLogger } from 'fastify';
import type { NotificationsDb } from '../data/notifications-schema.js';
import {
  sendPendingEmails,
  type EmailDeliverySettings,
  type EmailRound,
} from '../use-cases/send-pending-emails.js';
import type { Mailer } from './mailer.js';

/** The loop that sends pending notification emails outside the event transactions. */
export interface EmailSender {
  start(): void;
  /** Stops the loop, waits for the round in flight, closes the mailer. */
  stop(): Promise<void>;
}

/** What the sender loop needs. */
export interface EmailSenderDeps {
  db: NotificationsDb;
  mailer: Mailer;
  logger: FastifyBaseLogger;
  intervalMs: number;
  delivery: EmailDeliverySettings;
}

/** Creates the sender loop: a periodic job that runs one round at a time, the first at start. */
export function createEmailSender(deps: EmailSenderDeps): EmailSender {
  let job: PeriodicJob | undefined;
  return {
    start: () => {
      job ??= startPeriodicJob({
        intervalMs: deps.intervalMs,
        runAtStart: true,
        run: async () =>
          reportRound(deps.logger, await sendPendingEmails(deps.db, deps.mailer, deps.delivery)),
        onError: (error) => deps.logger.error({ err: error }, 'email sender: round failed'),
      });
    },
    stop: async () => {
      await job?.stop();
      job = undefined;
      deps.mailer.close();
    },
  };
}

function reportRound(logger: FastifyBaseLogger, round: EmailRound): void {
  if (round.sent > 0) logger.info({ sent: round.sent }, 'email sender: emails sent');
  for (const failure of round.failures) {
    const level = failure.hasGivenUp ? 'error' : 'warn';
    logger[level](
      { notificationId: failure.notificationId, attempts: failure.attempts, reason: failure.error },
      failure.hasGivenUp ? 'email sender: gave up on an email' : 'email sender: email will be retried',
    );
  }
}
