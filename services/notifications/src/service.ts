// notifications: the messages sent to each user, in the app and by email.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { notificationsConfigSchema } from './config.js';
import type { NotificationsSchema } from './data/notifications-schema.js';
import { notificationsMigrations } from './data/migrations/index.js';

/** notifications: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const notificationsService: ServiceDefinition<typeof notificationsConfigSchema, NotificationsSchema> =
  {
    service: 'notifications',
    configSchema: notificationsConfigSchema,
    migrations: notificationsMigrations,
    buildApp,
  };
