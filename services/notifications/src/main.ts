// notifications: the messages sent to each user, in the app and by email.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { notificationsConfigSchema } from './config.js';
import type { NotificationsSchema } from './data/notifications-schema.js';
import { notificationsMigrations } from './data/migrations/index.js';

const config = loadConfigOrExit(notificationsConfigSchema);
const resources = await openServiceResources<NotificationsSchema>({
  service: 'notifications',
  config,
  migrations: notificationsMigrations,
  serviceDatabaseUrl: config.NOTIFICATIONS_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
