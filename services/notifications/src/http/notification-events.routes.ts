import { notificationRoutes } from '@bazaar/contracts/notifications';
import {
  openEventStream,
  registerRoute,
  signedInUserId,
  type AuthGuards,
  type HttpApp,
} from '@bazaar/platform';
import { followNotifications, type FollowNotificationsDeps } from '../use-cases/follow-notifications.js';

/** Registers `GET /notifications/events`: the caller's new notifications and unread count, live. */
export function registerNotificationEventRoutes(
  app: HttpApp,
  deps: FollowNotificationsDeps & { keepAliveMs?: number },
  guards: AuthGuards,
): void {
  registerRoute(
    app,
    notificationRoutes.followNotifications,
    async (request, reply) => {
      const userId = signedInUserId(request);
      const lastEventId = request.headers['last-event-id'];
      const stream = openEventStream(request, reply, { keepAliveMs: deps.keepAliveMs });
      followNotifications(deps, stream, {
        id: userId,
        after: lastEventId === undefined ? undefined : Number(lastEventId),
      });
      return reply;
    },
    { onRequest: guards.requireUser },
  );
}
