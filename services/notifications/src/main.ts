// notifications: the messages sent to each user, in the app and by email.
import { runService } from '@bazaar/platform';
import { buildApp } from './app.js';
import { notificationsConfigSchema } from './config.js';
import type { NotificationsSchema } from './data/notifications-schema.js';
import { notificationsMigrations } from './data/migrations/index.js';

await runService<typeof notificationsConfigSchema, NotificationsSchema>({
  service: 'notifications',
  configSchema: notificationsConfigSchema,
  migrations: notificationsMigrations,
  buildApp,
});
