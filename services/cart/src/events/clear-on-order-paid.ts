import { OrderPaid } from '@bazaar/contracts/orders';
import type { CartBus } from '../data/cart-schema.js';
import { clearOrderedItems } from '../use-cases/clear-ordered-items.js';

/** `cart.clear-on-order-paid`: what a paid order bought leaves its shopper's cart. */
export function subscribeClearOnOrderPaid(bus: CartBus): void {
  bus.subscribe({
    queue: 'cart.clear-on-order-paid',
    events: [OrderPaid],
    handle: (event, trx) => clearOrderedItems(trx, event.data),
  });
}
