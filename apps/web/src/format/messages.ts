// Words a shopper understands for every code the API can answer with.
import type { CancellationReason, OrderStatus } from '@bazaar/contracts/orders';

const byCode: Record<string, string> = {
  VALIDATION_FAILED: 'Some details are missing or not valid. Please check the highlighted fields.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'This page is for the store’s staff only.',
  NOT_FOUND: 'We could not find what you were looking for.',
  CONFLICT: 'That already exists.',
  SKU_TAKEN: 'Another product already has this SKU.',
  ORDER_ALREADY_SHIPPED: 'This order has already shipped, so it can no longer be cancelled.',
  CART_EMPTY: 'Your cart is empty. Add something before checking out.',
  IDEMPOTENCY_KEY_REUSED: 'This order was already placed with other details. Please review and try again.',
  LOGIN_THROTTLED: 'Too many sign-in attempts that did not match. Please wait a few seconds and try again.',
  LOGIN_LOCKED:
    'Signing in to this account is paused for a while after too many attempts that did not match. Please try again later.',
  RATE_LIMITED: 'You are going a little fast. Please wait a moment and try again.',
  SERVICE_UNAVAILABLE: 'Part of the store is not answering right now. Please try again in a moment.',
  NETWORK: 'We could not reach the store. Check your connection and try again.',
};

/** The message for an API error code; a general one for codes the app does not know. */
export function messageFor(code: string): string {
  return byCode[code] ?? 'Something went wrong. Please try again.';
}

const statusLabels: Record<OrderStatus, string> = {
  pending: 'Order received',
  awaiting_payment: 'Confirming payment',
  paid: 'Paid',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

/** How an order status reads to the shopper. */
export function statusLabel(status: OrderStatus): string {
  return statusLabels[status];
}

const reasons: Record<CancellationReason, string> = {
  payment_declined: 'Your card was declined. Nothing was charged; please try another card.',
  out_of_stock: 'Sorry, something in your order sold out before we could reserve it. Nothing was charged.',
  customer_cancelled: 'You cancelled this order. Any payment is refunded.',
  expired: 'The payment took too long, so the order was cancelled. Nothing was charged.',
};

/** Why an order was cancelled, as the shopper is told. */
export function cancellationMessage(reason: CancellationReason | undefined): string {
  return reason ? reasons[reason] : 'This order was cancelled.';
}
