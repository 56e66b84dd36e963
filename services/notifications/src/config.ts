import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key notifications reads, with its default and meaning. */
export const notificationsConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7110),
  ...serviceDatabaseConfig('notifications'),
  SMTP_URL: Type.Optional(
    Type.String({
      pattern: '^smtps?://',
      description: 'smtp://[user:pass@]host:port of the mail server; unset: no email is sent',
    }),
  ),
  MAIL_FROM: Type.String({
    default: 'Bazaar <no-reply@bazaar.local>',
    description: 'the From address of notification emails',
  }),
  EMAIL_SEND_INTERVAL_MS: Type.Integer({
    default: 1_000,
    minimum: 10,
    description: 'how often the email sender looks for pending emails',
  }),
  EMAIL_MAX_ATTEMPTS: Type.Integer({
    default: 8,
    minimum: 1,
    description: 'attempts to send one email before it is marked failed',
  }),
  EMAIL_RETRY_BASE_MS: Type.Integer({
    default: 5_000,
    minimum: 1,
    description: 'wait after the first failed attempt; it doubles each time (capped at 10 minutes)',
  }),
  SMTP_TIMEOUT_MS: Type.Integer({
    default: 10_000,
    minimum: 100,
    description: 'connection, greeting and socket timeout of one SMTP conversation',
  }),
});

/** The notifications service's validated configuration. */
export type NotificationsConfig = Type.Static<typeof notificationsConfigSchema>;
