// Test support: the catalog and orders events recommendations learns from.
import { randomUUID } from 'node:crypto';
import type { ProductCreated } from '@bazaar/contracts/catalog';
import type { OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';

/** A new id with a prefix, e.g. `ord_1a2b3c4d`. */
export const newId = (prefix: string) => `${prefix}_${randomUUID().slice(0, 8)}`;

/** `catalog.product.created` for a product of this category and price. */
export function productCreated(productId: string, category: string, priceCents = 1000): ProductCreated {
  return {
    productId,
    sku: `SKU-${productId.slice(-8).toUpperCase()}`,
    name: `Product ${productId}`,
    description: 'A product made by a test.',
    category,
    price: { amount: priceCents, currency: 'USD' },
    occurredAt: new Date().toISOString(),
  };
}

const unitPrice = { amount: 1000, currency: 'USD' as const };

function orderFacts(orderId: string, userId: string, productIds: string[]) {
  const items = productIds.map((productId) => ({ productId, name: productId, quantity: 1, unitPrice }));
  const total = { amount: items.length * unitPrice.amount, currency: 'USD' as const };
  return { orderId, userId, items, total };
}

/** `orders.order.paid` of one unit of each product. */
export function orderPaid(orderId: string, userId: string, productIds: string[]): OrderPaid {
  const shippingAddress = {
    name: 'Ann',
    line1: '1 Main St',
    city: 'Springfield',
    postalCode: '12345',
    country: 'US',
  };
  return { ...orderFacts(orderId, userId, productIds), shippingAddress, paidAt: new Date().toISOString() };
}

/** `orders.order.cancelled` of one unit of each product. */
export function orderCancelled(
  orderId: string,
  userId: string,
  productIds: string[],
  wasPaid: boolean,
): OrderCancelled {
  const reason = wasPaid ? 'customer_cancelled' : 'payment_declined';
  return {
    ...orderFacts(orderId, userId, productIds),
    reason,
    wasPaid,
    cancelledAt: new Date().toISOString(),
  };
}
