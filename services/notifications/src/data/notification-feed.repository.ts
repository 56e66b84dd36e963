import type { Notification } from '@bazaar/contracts/notifications';
import type { NotificationsDb } from './notifications-schema.js';
import { toNotification } from './notifications.repository.js';

/** How many of the user's notifications are unread. */
export async function countUnread(db: NotificationsDb, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The position of the user's newest notification, or 0 when they have none. */
export async function newestSequence(db: NotificationsDb, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.max('seq').as('newest'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.newest ?? 0);
}

/** The user's notifications stored after position `after`, oldest first, with their positions. */
export async function findNotificationsAfter(
  db: NotificationsDb,
  userId: string,
  after: number,
): Promise<{ sequence: number; notification: Notification }[]> {
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('seq', '>', after)
    .orderBy('seq', 'asc')
    .limit(100)
    .execute();
  return rows.map((row) => ({ sequence: Number(row.seq), notification: toNotification(row) }));
}
