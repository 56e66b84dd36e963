import { eventStreamAnswer, EventStreamHeaders, eventStreamType } from '../common/event-stream.js';
import { defineRoute, problemResponses } from '../routes/index.js';
import { Notification, NotificationIdParams, NotificationList } from './notification.js';

const tags = ['notifications'];

/** The notifications service's operations: the signed-in user's own messages. */
export const notificationRoutes = {
  listNotifications: defineRoute({
    method: 'GET',
    path: '/notifications',
    summary: "The caller's latest 100 notifications, newest first",
    tags,
    responses: { 200: NotificationList, ...problemResponses(401) },
  }),
  markNotificationRead: defineRoute({
    method: 'POST',
    path: '/notifications/:id/read',
    summary: "Marks one of the caller's notifications read",
    tags,
    params: NotificationIdParams,
    idempotent: true,
    responses: { 200: Notification, ...problemResponses(400, 401, 404) },
  }),
  followNotifications: defineRoute({
    method: 'GET',
    path: '/notifications/events',
    summary: 'The caller’s new notifications and unread count as they change (text/event-stream)',
    description:
      'The first event is `unread` with `{ unreadCount }`; then a `notification` event (data: the ' +
      'Notification, id: its sequence) for each new one and `unread` after every change.',
    tags,
    headers: EventStreamHeaders,
    produces: eventStreamType,
    responses: {
      200: eventStreamAnswer('`unread` and `notification` events'),
      ...problemResponses(400, 401),
    },
  }),
};
