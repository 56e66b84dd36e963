import { randomBytes } from 'node:crypto';
import { NotificationChanged } from '@bazaar/contracts/notifications';
import type { Bus } from '@bazaar/platform';
import type { Transaction } from 'kysely';
import type { NotificationsSchema } from '../data/notifications-schema.js';
import { insertNotificationOnce } from '../data/notifications.repository.js';
import type { NotificationMessage } from '../domain/notification-messages.js';

/** The event a notification comes from, and whether it should also go out by email. */
export interface NotificationSource {
  eventId: string;
  isEmailConfigured: boolean;
  /** Announces the stored notification (`notifications.notification.changed`) in the same transaction. */
  bus: Bus<NotificationsSchema>;
  now?: Date;
}

/**
 * Stores a notification for its user, once per source event and per fact. Its email is only queued
 * (`pending`): the sender loop sends it after this transaction, never inside it.
 */
export async function recordNotification(
  db: Transaction<NotificationsSchema>,
  message: NotificationMessage,
  source: NotificationSource,
): Promise<boolean> {
  const createdAt = (source.now ?? new Date()).toISOString();
  const id = `ntf_${randomBytes(8).toString('hex')}`;
  const isNew = await insertNotificationOnce(db, {
    id,
    user_id: message.userId,
    type: message.type,
    title: message.title,
    body: message.body,
    order_id: message.orderId ?? null,
    source_event_id: source.eventId,
    dedupe_key: message.dedupeKey,
    created_at: createdAt,
    read_at: null,
    email_status: source.isEmailConfigured ? 'pending' : 'not_configured',
    email_attempts: 0,
    email_next_attempt_at: source.isEmailConfigured ? createdAt : null,
    email_last_error: null,
    email_sent_at: null,
  });
  if (isNew) {
    const change = {
      notificationId: id,
      userId: message.userId,
      change: 'created',
      changedAt: createdAt,
    } as const;
    await source.bus.publish(db, NotificationChanged, change);
  }
  return isNew;
}
