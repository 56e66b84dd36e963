import Type from 'typebox';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

const NotificationParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** The signed-in user's notifications, relayed to the notifications service. */
export function registerNotificationRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const tags = ['notifications'];
  app.get('/api/notifications', { ...options, schema: { tags } }, async (_request, reply) =>
    relay(reply, await upstreams.notifications.request({ method: 'GET', path: '/notifications' })),
  );
  app.post(
    '/api/notifications/:id/read',
    { ...options, schema: { tags, params: NotificationParams } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.notifications.request({
          method: 'POST',
          path: `/notifications/${encodeURIComponent(request.params.id)}/read`,
          idempotent: true,
        }),
      ),
  );
}
