import type { Money } from '@bazaar/contracts';
import type { NotificationType } from '@bazaar/contracts/notifications';
import type { CancellationReason, OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';
import type { ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import type { UserRegistered } from '@bazaar/contracts/identity';

/** What a notification says, to whom, and the key that makes one fact give one notification. */
export interface NotificationMessage {
  userId: string;
  type: NotificationType;
  title: string;
  body: string;
  orderId?: string;
  /** One notification per key: the same fact published twice is told once. */
  dedupeKey: string;
}

const reasonInWords: Record<CancellationReason, string> = {
  out_of_stock: 'some of its items are out of stock',
  payment_declined: 'the payment was declined',
  customer_cancelled: 'you cancelled it',
  expired: 'the payment did not complete in time',
};

/** Formats integer cents as a price people read, such as $258.00. */
export function formatMoney(money: Money): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency }).format(
    money.amount / 100,
  );
}

/** The welcome message for a user who just signed up. */
export function welcomeMessage(user: UserRegistered): NotificationMessage {
  return {
    userId: user.userId,
    type: 'welcome',
    title: `Welcome to Bazaar, ${user.name}!`,
    body: `Hi ${user.name}, thanks for signing up. Happy shopping!`,
    dedupeKey: `welcome:${user.userId}`,
  };
}

/** The message that an order was paid, with its total. */
export function orderPaidMessage(order: OrderPaid): NotificationMessage {
  return {
    userId: order.userId,
    type: 'order_paid',
    orderId: order.orderId,
    title: 'Order paid',
    body: `We received your payment of ${formatMoney(order.total)} for order ${order.orderId}. We will tell you when it ships.`,
    dedupeKey: `order_paid:${order.orderId}`,
  };
}

/** The message that an order was cancelled, why, and that a refund follows when it was paid. */
export function orderCancelledMessage(order: OrderCancelled): NotificationMessage {
  const refund = order.wasPaid ? ` A refund of ${formatMoney(order.total)} is on its way.` : '';
  return {
    userId: order.userId,
    type: 'order_cancelled',
    orderId: order.orderId,
    title: 'Order cancelled',
    body: `Your order ${order.orderId} was cancelled because ${reasonInWords[order.reason]}.${refund}`,
    dedupeKey: `order_cancelled:${order.orderId}`,
  };
}

/** The message that an order's shipment left the warehouse, with its tracking number. */
export function shipmentShippedMessage(shipment: ShipmentShipped): NotificationMessage {
  return {
    userId: shipment.userId,
    type: 'shipment_shipped',
    orderId: shipment.orderId,
    title: 'Order shipped',
    body: `Your order ${shipment.orderId} is on its way. Tracking number: ${shipment.trackingNumber}.`,
    dedupeKey: `shipment_shipped:${shipment.shipmentId}`,
  };
}

/** The message that an order's shipment reached the shopper. */
export function shipmentDeliveredMessage(shipment: ShipmentDelivered): NotificationMessage {
  return {
    userId: shipment.userId,
    type: 'shipment_delivered',
    orderId: shipment.orderId,
    title: 'Order delivered',
    body: `Your order ${shipment.orderId} was delivered (tracking number ${shipment.trackingNumber}). Enjoy!`,
    dedupeKey: `shipment_delivered:${shipment.shipmentId}`,
  };
}
