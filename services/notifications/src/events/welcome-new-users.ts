import { UserRegistered } from '@bazaar/contracts/identity';
import type { Bus } from '@bazaar/platform';
import type { NotificationsSchema } from '../data/notifications-schema.js';
import { welcomeMessage } from '../domain/notification-messages.js';
import { recordNotification } from '../use-cases/record-notification.js';
import { rememberUser } from '../use-cases/remember-user.js';

/** On identity.user.registered: keep the user's address and welcome them. */
export function welcomeNewUsers(bus: Bus<NotificationsSchema>, isEmailConfigured: boolean): void {
  bus.subscribe({
    queue: 'notifications.welcome-new-users',
    events: [UserRegistered],
    handle: async (event, trx) => {
      await rememberUser(trx, event.data);
      await recordNotification(trx, welcomeMessage(event.data), {
        eventId: event.id,
        isEmailConfigured,
        bus,
      });
    },
  });
}
