import type { Notification } from '@bazaar/contracts/notifications';
import { notFound } from '@bazaar/platform';
import type { NotificationsDb } from '../data/notifications-schema.js';
import { findUserNotification, markNotificationRead } from '../data/notifications.repository.js';

/** Marks one of the caller's notifications read and returns it; unknown or someone else's → 404. */
export async function markRead(db: NotificationsDb, userId: string, id: string): Promise<Notification> {
  await markNotificationRead(db, userId, id, new Date().toISOString());
  const notification = await findUserNotification(db, userId, id);
  if (!notification) throw notFound(`There is no notification ${id}.`);
  return notification;
}
