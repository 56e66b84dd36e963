import {
  ChangeSignals,
  createAuthGuards,
  createHttpServer,
  type HttpApp,
  type ServiceResources,
} from '@bazaar/platform';
import type { NotificationsConfig } from './config.js';
import type { NotificationsSchema } from './data/notifications-schema.js';
import { createEmailSender, type EmailSender } from './email/email-sender.js';
import { createSmtpMailer } from './email/smtp-mailer.js';
import { tellOrderUpdates } from './events/tell-order-updates.js';
import { tellShipmentUpdates } from './events/tell-shipment-updates.js';
import { welcomeNewUsers } from './events/welcome-new-users.js';
import { registerNotificationRoutes } from './http/notifications.routes.js';
import { registerNotificationEventRoutes } from './http/notification-events.routes.js';
import { pushNotificationsLive } from './events/push-notifications-live.js';

/** What the notifications app is built from: its configuration and its opened resources. */
export interface NotificationsAppDeps {
  config: NotificationsConfig;
  resources: ServiceResources<NotificationsSchema>;
}

/**
 * Builds the notifications app: routes, the bus subscriptions (before the bus starts), and, when
 * SMTP_URL is set, the email sender loop, which starts once the app is ready and stops on close.
 */
export async function buildApp({ config, resources }: NotificationsAppDeps): Promise<HttpApp> {
  const emailSender = config.SMTP_URL ? createSmtpEmailSender(config, config.SMTP_URL, resources) : undefined;
  const app = await createHttpServer({
    ...resources.httpOptions,
    description:
      'The messages sent to each user: welcome, order and shipment updates, in the app and by email.',
    onClose: async () => {
      await emailSender?.stop(); // before the database closes under it
      await resources.httpOptions.onClose?.();
    },
  });
  if (emailSender) app.addHook('onReady', async () => emailSender.start());
  const guards = createAuthGuards(resources.verifyToken);
  registerNotificationRoutes(app, resources, guards);
  const signals = new ChangeSignals();
  registerNotificationEventRoutes(
    app,
    { db: resources.database.db, signals, logger: resources.logger },
    guards,
  );
  pushNotificationsLive(resources.bus, signals);
  const isEmailConfigured = emailSender !== undefined;
  welcomeNewUsers(resources.bus, isEmailConfigured);
  tellOrderUpdates(resources.bus, isEmailConfigured);
  tellShipmentUpdates(resources.bus, isEmailConfigured);
  return app;
}

function createSmtpEmailSender(
  config: NotificationsConfig,
  smtpUrl: string,
  resources: ServiceResources<NotificationsSchema>,
): EmailSender {
  return createEmailSender({
    db: resources.database.db,
    mailer: createSmtpMailer({ smtpUrl, from: config.MAIL_FROM, timeoutMs: config.SMTP_TIMEOUT_MS }),
    logger: resources.logger,
    intervalMs: config.EMAIL_SEND_INTERVAL_MS,
    delivery: {
      maxAttempts: config.EMAIL_MAX_ATTEMPTS,
      retryBaseMs: config.EMAIL_RETRY_BASE_MS,
      leaseMs: config.SMTP_TIMEOUT_MS * 4,
      batchSize: 20,
    },
  });
}
