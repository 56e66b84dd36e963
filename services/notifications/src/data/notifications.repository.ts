import type { Notification, NotificationType } from '@bazaar/contracts/notifications';
import type { Insertable, Selectable } from 'kysely';
import type { NotificationsDb, NotificationsTable } from './notifications-schema.js';

/** Inserts a notification unless one with its id, source event or dedupe key exists; true when inserted. */
export async function insertNotificationOnce(
  db: NotificationsDb,
  row: Insertable<NotificationsTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('notifications')
    .values(row)
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A user's latest notifications, newest first. */
export async function findUserNotifications(
  db: NotificationsDb,
  userId: string,
  limit: number,
): Promise<Notification[]> {
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toNotification);
}

/** One of a user's notifications; undefined when it is unknown or someone else's. */
export async function findUserNotification(
  db: NotificationsDb,
  userId: string,
  id: string,
): Promise<Notification | undefined> {
  const row = await db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && toNotification(row);
}

/** Marks one of a user's notifications read at `readAt`, unless it already was; true when it changed. */
export async function markNotificationRead(
  db: NotificationsDb,
  userId: string,
  id: string,
  readAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: readAt })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A stored row as its owner sees it. */
export function toNotification(row: Selectable<NotificationsTable>): Notification {
  return {
    id: row.id,
    type: row.type as NotificationType,
    title: row.title,
    body: row.body,
    ...(row.order_id !== null ? { orderId: row.order_id } : {}),
    createdAt: row.created_at,
    read: row.read_at !== null,
  };
}
