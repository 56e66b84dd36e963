import { ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import type { Bus } from '@bazaar/platform';
import type { NotificationsSchema } from '../data/notifications-schema.js';
import { shipmentDeliveredMessage, shipmentShippedMessage } from '../domain/notification-messages.js';
import { recordNotification } from '../use-cases/record-notification.js';

/** On shipping.shipment.shipped and shipping.shipment.delivered: tell the shopper. */
export function tellShipmentUpdates(bus: Bus<NotificationsSchema>, isEmailConfigured: boolean): void {
  bus.subscribe({
    queue: 'notifications.tell-shipment-updates',
    events: [ShipmentShipped, ShipmentDelivered],
    handle: async (event, trx) => {
      const message =
        event.type === ShipmentShipped.type
          ? shipmentShippedMessage(event.data)
          : shipmentDeliveredMessage(event.data);
      await recordNotification(trx, message, { eventId: event.id, isEmailConfigured, bus });
    },
  });
}
