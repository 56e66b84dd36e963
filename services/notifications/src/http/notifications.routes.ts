import { notificationRoutes } from '@bazaar/contracts/notifications';
import { registerRoute, signedInUserId, type AuthGuards, type Bus, type HttpApp } from '@bazaar/platform';
import type { NotificationsDatabase, NotificationsSchema } from '../data/notifications-schema.js';
import { listNotifications } from '../use-cases/list-notifications.js';
import { markRead } from '../use-cases/mark-notification-read.js';

/** Registers the signed-in user's routes: `GET /notifications` and `POST /notifications/:id/read`. */
export function registerNotificationRoutes(
  app: HttpApp,
  deps: { database: NotificationsDatabase; bus: Bus<NotificationsSchema> },
  guards: AuthGuards,
): void {
  const options = { onRequest: guards.requireUser };
  registerRoute(
    app,
    notificationRoutes.listNotifications,
    async (request) => listNotifications(deps.database.db, signedInUserId(request)),
    options,
  );
  registerRoute(
    app,
    notificationRoutes.markNotificationRead,
    async (request) => markRead(deps, signedInUserId(request), request.params.id),
    options,
  );
}
