import { NotificationChanged, type Notification } from '@bazaar/contracts/notifications';
import { notFound, type Bus } from '@bazaar/platform';
import type { NotificationsDatabase, NotificationsSchema } from '../data/notifications-schema.js';
import { findUserNotification, markNotificationRead } from '../data/notifications.repository.js';

/** Marks one of the caller's notifications read (announced, for live counts) and returns it; unknown or someone else's → 404. */
export async function markRead(
  deps: { database: NotificationsDatabase; bus: Bus<NotificationsSchema> },
  userId: string,
  id: string,
): Promise<Notification> {
  return deps.database.transaction(async (trx) => {
    const readAt = new Date().toISOString();
    if (await markNotificationRead(trx, userId, id, readAt)) {
      const change = { notificationId: id, userId, change: 'read', changedAt: readAt } as const;
      await deps.bus.publish(trx, NotificationChanged, change);
    }
    const notification = await findUserNotification(trx, userId, id);
    if (!notification) throw notFound(`There is no notification ${id}.`);
    return notification;
  });
}
