import { notificationRoutes } from '@bazaar/contracts/notifications';
import { registerRoute, type AuthGuards, type Bus, type HttpApp } from '@bazaar/platform';
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
    async (request) => listNotifications(deps.database.db, signedInUserId(request.user)),
    options,
  );
  registerRoute(
    app,
    notificationRoutes.markNotificationRead,
    async (request) => markRead(deps, signedInUserId(request.user), request.params.id),
    options,
  );
}

function signedInUserId(user: { id: string } | null): string {
  // requireUser has run: a request without a verified user never reaches a handler
  if (!user) throw new Error('requireUser did not run');
  return user.id;
}
