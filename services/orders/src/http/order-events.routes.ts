import { EventStreamHeaders, eventStreamResponse } from '@bazaar/contracts';
import { OrderIdParams } from '@bazaar/contracts/orders';
import { openEventStream, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { OrdersDatabase } from '../data/orders-schema.js';
import { followOrderChanges, type FollowOrderDeps } from '../use-cases/follow-order-changes.js';
import { getOrder } from '../use-cases/get-order.js';
import { callerId } from './caller-id.js';
import { problemResponses } from './problem-responses.js';

/** Registers `GET /orders/:id/events`: the caller's order's status changes, live, as server-sent events. */
export function registerOrderEventRoutes(
  app: HttpApp,
  deps: Omit<FollowOrderDeps, 'db'> & { database: OrdersDatabase; keepAliveMs?: number },
  guards: AuthGuards,
): void {
  app.get(
    '/orders/:id/events',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['orders'],
        summary: 'The caller’s order’s status changes as they happen (text/event-stream)',
        description:
          'The first event is the current state (or, with Last-Event-ID, the first change after it); ' +
          'each event’s id is the change’s index in the order’s history and its data the Order. ' +
          'The stream ends after delivered or cancelled has been sent.',
        params: OrderIdParams,
        headers: EventStreamHeaders,
        response: {
          200: eventStreamResponse('One event per status change; data is the Order'),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const db = deps.database.db;
      await getOrder(db, request.params.id, callerId(request)); // someone else's order: 404
      const lastEventId = request.headers['last-event-id'];
      const stream = openEventStream(request, reply, { keepAliveMs: deps.keepAliveMs });
      followOrderChanges({ ...deps, db }, stream, {
        id: request.params.id,
        after: lastEventId === undefined ? undefined : Number(lastEventId),
      });
      return reply;
    },
  );
}
