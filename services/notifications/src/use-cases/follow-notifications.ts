import { followChanges, type ChangeSignals, type EventStream } from '@bazaar/platform';
import type { NotificationsDb } from '../data/notifications-schema.js';
import { countUnread, findNotificationsAfter, newestSequence } from '../data/notification-feed.repository.js';

/** What following a user's notifications needs. */
export interface FollowNotificationsDeps {
  db: NotificationsDb;
  signals: ChangeSignals;
  logger: { warn(details: object, message: string): void };
}

/**
 * Streams a user's notifications: first `unread` `{ unreadCount }`, then each new notification as
 * `notification` (id: its position, so `after` resumes without repeats) and `unread` after every change.
 */
export function followNotifications(
  deps: FollowNotificationsDeps,
  stream: EventStream,
  user: { id: string; after: number | undefined },
): void {
  let last = user.after;
  const sendUnread = async () =>
    stream.send({ event: 'unread', data: { unreadCount: await countUnread(deps.db, user.id) } });
  followChanges({
    signals: deps.signals,
    key: user.id,
    stream,
    onError: (error) => deps.logger.warn({ err: error }, 'notifications: live stream failed'),
    catchUp: async () => {
      if (last === undefined) {
        last = await newestSequence(deps.db, user.id);
        await sendUnread();
        return 'more';
      }
      for (const { sequence, notification } of await findNotificationsAfter(deps.db, user.id, last)) {
        stream.send({ id: sequence, event: 'notification', data: notification });
        last = sequence;
      }
      await sendUnread();
      return 'more';
    },
  });
}
