import type { NotificationList } from '@bazaar/contracts/notifications';
import type { NotificationsDb } from '../data/notifications-schema.js';
import { findUserNotifications } from '../data/notifications.repository.js';

const latestCount = 100;

/** The caller's latest 100 notifications, newest first. */
export async function listNotifications(db: NotificationsDb, userId: string): Promise<NotificationList> {
  return { items: await findUserNotifications(db, userId, latestCount) };
}
