// Test support: the orders events inventory consumes, for a list of product lines.
import { randomUUID } from 'node:crypto';
import type { OrderCancelled, OrderPaid, OrderPlaced } from '@bazaar/contracts/orders';

/** Units of one product an order asks for. */
export interface TestLine {
  productId: string;
  quantity: number;
}

/** A new id with a prefix, e.g. `ord_1a2b3c4d`. */
export const newId = (prefix: string) => `${prefix}_${randomUUID().slice(0, 8)}`;

const unitPrice = { amount: 1000, currency: 'USD' as const };

function orderFacts(orderId: string, lines: TestLine[]) {
  const items = lines.map((line) => ({ ...line, name: `Product ${line.productId}`, unitPrice }));
  const total = {
    amount: lines.reduce((sum, line) => sum + line.quantity * unitPrice.amount, 0),
    currency: 'USD' as const,
  };
  return { orderId, userId: 'usr_shopper', items, total };
}

/** `orders.order.placed` for these lines. */
export function orderPlaced(orderId: string, lines: TestLine[]): OrderPlaced {
  return { ...orderFacts(orderId, lines), placedAt: new Date().toISOString() };
}

/** `orders.order.paid` for these lines. */
export function orderPaid(orderId: string, lines: TestLine[]): OrderPaid {
  const shippingAddress = {
    name: 'Ann',
    line1: '1 Main St',
    city: 'Springfield',
    postalCode: '12345',
    country: 'US',
  };
  return { ...orderFacts(orderId, lines), shippingAddress, paidAt: new Date().toISOString() };
}

/** `orders.order.cancelled` for these lines. */
export function orderCancelled(orderId: string, lines: TestLine[], wasPaid: boolean): OrderCancelled {
  const reason = wasPaid ? 'customer_cancelled' : 'payment_declined';
  return { ...orderFacts(orderId, lines), reason, wasPaid, cancelledAt: new Date().toISOString() };
}
