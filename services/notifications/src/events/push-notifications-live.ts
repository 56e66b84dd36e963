import { NotificationChanged } from '@bazaar/contracts/notifications';
import type { Bus, ChangeSignals } from '@bazaar/platform';
import type { NotificationsSchema } from '../data/notifications-schema.js';

/**
 * `notifications.live-notifications` (broadcast: every replica has its own queue): signals the
 * user's open streams in this process, whichever replica stored or marked the notification.
 */
export function pushNotificationsLive(bus: Bus<NotificationsSchema>, signals: ChangeSignals): void {
  bus.subscribeBroadcast({
    name: 'notifications.live-notifications',
    events: [NotificationChanged],
    handle: (event) => signals.raise(event.data.userId),
    onSubscribed: () => signals.raiseAll(),
  });
}
