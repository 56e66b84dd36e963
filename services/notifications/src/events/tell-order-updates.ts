import { OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';
import type { Bus } from '@bazaar/platform';
import type { NotificationsSchema } from '../data/notifications-schema.js';
import { orderCancelledMessage, orderPaidMessage } from '../domain/notification-messages.js';
import { recordNotification } from '../use-cases/record-notification.js';

/** On orders.order.paid and orders.order.cancelled: tell the shopper. */
export function tellOrderUpdates(bus: Bus<NotificationsSchema>, isEmailConfigured: boolean): void {
  bus.subscribe({
    queue: 'notifications.tell-order-updates',
    events: [OrderPaid, OrderCancelled],
    handle: async (event, trx) => {
      const message =
        event.type === OrderPaid.type ? orderPaidMessage(event.data) : orderCancelledMessage(event.data);
      await recordNotification(trx, message, { eventId: event.id, isEmailConfigured, bus });
    },
  });
}
