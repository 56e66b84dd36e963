import { Problem } from '@bazaar/contracts';
import { Notification, NotificationIdParams, NotificationList } from '@bazaar/contracts/notifications';
import type { AuthGuards, Bus, HttpApp } from '@bazaar/platform';
import type { NotificationsDatabase, NotificationsSchema } from '../data/notifications-schema.js';
import { listNotifications } from '../use-cases/list-notifications.js';
import { markRead } from '../use-cases/mark-notification-read.js';

/** Registers the signed-in user's routes: `GET /notifications` and `POST /notifications/:id/read`. */
export function registerNotificationRoutes(
  app: HttpApp,
  deps: { database: NotificationsDatabase; bus: Bus<NotificationsSchema> },
  guards: AuthGuards,
): void {
  const db = deps.database.db;
  app.get(
    '/notifications',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['notifications'],
        summary: "The caller's latest 100 notifications, newest first",
        response: { 200: NotificationList, 401: Problem },
      },
    },
    async (request) => listNotifications(db, signedInUserId(request.user)),
  );

  app.post(
    '/notifications/:id/read',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['notifications'],
        summary: "Marks one of the caller's notifications read",
        params: NotificationIdParams,
        response: { 200: Notification, 401: Problem, 404: Problem },
      },
    },
    async (request) => markRead(deps, signedInUserId(request.user), request.params.id),
  );
}

function signedInUserId(user: { id: string } | null): string {
  // requireUser has run: a request without a verified user never reaches a handler
  if (!user) throw new Error('requireUser did not run');
  return user.id;
}
