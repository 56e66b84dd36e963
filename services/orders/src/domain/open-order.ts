import type { Money } from '@bazaar/contracts/common';
import type { CheckoutBody, OrderLine } from '@bazaar/contracts/orders';
import type { OrderRecord } from './order-record.js';

/** What a new order is made of: who, which request, the cart's lines and total. */
export interface NewOrder {
  id: string;
  userId: string;
  checkout: CheckoutBody;
  items: OrderLine[];
  total: Money;
  at: string;
}

/** A freshly placed order: `pending`, its history starting there, nothing captured or shipped. */
export function openOrder({ id, userId, checkout, items, total, at }: NewOrder): OrderRecord {
  return {
    id,
    userId,
    idempotencyKey: checkout.idempotencyKey,
    requestFingerprint: checkout.requestFingerprint,
    status: 'pending',
    cancellationReason: null,
    items,
    total,
    shippingAddress: checkout.shippingAddress,
    paymentToken: checkout.payment.token,
    payment: { brand: checkout.payment.brand, last4: checkout.payment.last4 },
    paymentId: null,
    refundRequestedAt: null,
    refundedAt: null,
    shipment: null,
    history: [{ status: 'pending', at }],
    createdAt: at,
    updatedAt: at,
  };
}
