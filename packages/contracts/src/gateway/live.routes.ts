import { notificationRoutes } from '../notifications/notifications.routes.js';
import { orderRoutes } from '../orders/orders.routes.js';
import { publicRoute } from './public-route.js';

/** The public live streams (server-sent events), relayed from the services that own them. */
export const publicLiveRoutes = {
  followOrder: publicRoute(
    orderRoutes.followOrder,
    '/api/orders/:id/events',
    'The order’s status changes as they happen (text/event-stream; the owner only)',
  ),
  followNotifications: publicRoute(notificationRoutes.followNotifications, '/api/notifications/events'),
};
