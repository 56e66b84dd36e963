import { orderRoutes } from '@bazaar/contracts/orders';
import {
  openEventStream,
  registerRoute,
  signedInUserId,
  type AuthGuards,
  type HttpApp,
} from '@bazaar/platform';
import type { OrdersDatabase } from '../data/orders-schema.js';
import { followOrderChanges, type FollowOrderDeps } from '../use-cases/follow-order-changes.js';
import { getOrder } from '../use-cases/get-order.js';

/** Registers `GET /orders/:id/events`: the caller's order's status changes, live, as server-sent events. */
export function registerOrderEventRoutes(
  app: HttpApp,
  deps: Omit<FollowOrderDeps, 'db'> & { database: OrdersDatabase; keepAliveMs?: number },
  guards: AuthGuards,
): void {
  registerRoute(
    app,
    orderRoutes.followOrder,
    async (request, reply) => {
      const db = deps.database.db;
      await getOrder(db, request.params.id, signedInUserId(request)); // someone else's order: 404
      const lastEventId = request.headers['last-event-id'];
      const stream = openEventStream(request, reply, { keepAliveMs: deps.keepAliveMs });
      followOrderChanges({ ...deps, db }, stream, {
        id: request.params.id,
        after: lastEventId === undefined ? undefined : Number(lastEventId),
      });
      return reply;
    },
    { onRequest: guards.requireUser },
  );
}
