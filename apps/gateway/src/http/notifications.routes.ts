import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { notificationRoutes } from '@bazaar/contracts/notifications';
import { publicAccountRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

/** The signed-in user's notifications, relayed to the notifications service. */
export function registerNotificationRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const { notifications } = upstreams;
  registerRoute(
    app,
    routes.listNotifications,
    async (_request, reply) =>
      relay(reply, await notifications.call(notificationRoutes.listNotifications, {})),
    options,
  );
  registerRoute(
    app,
    routes.markNotificationRead,
    async (request, reply) =>
      relay(
        reply,
        await notifications.call(notificationRoutes.markNotificationRead, { params: request.params }),
      ),
    options,
  );
}
