import { publicLiveRoutes as routes } from '@bazaar/contracts/gateway';
import { notificationRoutes } from '@bazaar/contracts/notifications';
import { orderRoutes } from '@bazaar/contracts/orders';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { Upstreams } from '../upstreams.js';
import { relayStream } from './relay-stream.js';

/** Live updates (server-sent events) for the signed-in user, streamed from the services that own them. */
export function registerLiveRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  // a closing gateway ends the streams it relays, so clients reconnect (to a replica still up)
  const open = new Set<AbortController>();
  app.addHook('preClose', async () => open.forEach((stream) => stream.abort()));
  const options = { onRequest: guards.requireUser };
  registerRoute(
    app,
    routes.followOrder,
    async (request, reply) => {
      const upstream = { client: upstreams.orders, route: orderRoutes.followOrder, params: request.params };
      await relayStream(request, reply, upstream, open);
      return reply; // the answer is under way (a stream): Fastify must not send another
    },
    options,
  );
  registerRoute(
    app,
    routes.followNotifications,
    async (request, reply) => {
      const upstream = { client: upstreams.notifications, route: notificationRoutes.followNotifications };
      await relayStream(request, reply, upstream, open);
      return reply;
    },
    options,
  );
}
