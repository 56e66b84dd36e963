import Type from 'typebox';
import { EventStreamHeaders, Problem, eventStreamResponse } from '@bazaar/contracts';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { Upstreams } from '../upstreams.js';
import { relayStream } from './relay-stream.js';

const OrderParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const problems = { 400: Problem, 401: Problem, 404: Problem, 503: Problem };

/** Live updates (server-sent events) for the signed-in user, streamed from the services that own them. */
export function registerLiveRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  // a closing gateway ends the streams it relays, so clients reconnect (to a replica still up)
  const open = new Set<AbortController>();
  app.addHook('preClose', async () => open.forEach((stream) => stream.abort()));
  app.get(
    '/api/orders/:id/events',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['orders'],
        summary: 'The order’s status changes as they happen (text/event-stream; the owner only)',
        description:
          'The first event is the current state; each event’s id is the change’s index in the ' +
          'order’s history and its data the Order; send Last-Event-ID to resume after a reconnect. ' +
          'The stream ends after delivered or cancelled has been sent. Another user’s order is 404.',
        params: OrderParams,
        headers: EventStreamHeaders,
        response: { 200: eventStreamResponse('One event per status change; data is the Order'), ...problems },
      },
    },
    async (request, reply) => {
      const path = `/orders/${encodeURIComponent(request.params.id)}/events`;
      await relayStream(request, reply, upstreams.orders, path, open);
      return reply; // the answer is under way (a stream): Fastify must not send another
    },
  );
  app.get(
    '/api/notifications/events',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['notifications'],
        summary: 'New notifications and the unread count as they change (text/event-stream)',
        description:
          'The first event is `unread` with `{ unreadCount }`; then a `notification` event (data: the ' +
          'Notification, id: its sequence) for each new one and `unread` after every change.',
        headers: EventStreamHeaders,
        response: { 200: eventStreamResponse('`unread` and `notification` events'), ...problems },
      },
    },
    async (request, reply) => {
      await relayStream(request, reply, upstreams.notifications, '/notifications/events', open);
      return reply;
    },
  );
}
