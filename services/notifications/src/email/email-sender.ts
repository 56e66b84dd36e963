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

/** Creates the sender loop: an unref'd interval that runs one round at a time. */
export function createEmailSender(deps: EmailSenderDeps): EmailSender {
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  const runRound = () => {
    if (round) return;
    round = sendPendingEmails(deps.db, deps.mailer, deps.delivery)
      .then((result) => reportRound(deps.logger, result))
      .catch((error: unknown) => deps.logger.error({ err: error }, 'email sender: round failed'))
      .finally(() => {
        round = undefined;
      });
  };
  return {
    start: () => {
      if (timer) return;
      timer = setInterval(runRound, deps.intervalMs).unref();
      runRound();
    },
    stop: async () => {
      clearInterval(timer);
      timer = undefined;
      await round;
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
