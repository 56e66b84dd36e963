// The event notifications publishes, for whoever shows a user's notifications live.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { Id, Timestamp } from '../common/ids.js';

/** A user's notifications changed: one was stored (`created`) or marked read (`read`). */
export const NotificationChanged = defineEvent({
  type: 'notifications.notification.changed',
  version: 1,
  data: Type.Object(
    {
      notificationId: Id,
      userId: Id,
      change: Type.Union([Type.Literal('created'), Type.Literal('read')]),
      changedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  examples: [
    { notificationId: 'ntf_1', userId: 'usr_1', change: 'created', changedAt: '2026-01-02T10:00:05.000Z' },
  ],
});
/** The data of `notifications.notification.changed`. */
export type NotificationChanged = EventData<typeof NotificationChanged>;
