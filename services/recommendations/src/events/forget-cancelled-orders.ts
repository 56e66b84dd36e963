import { OrderCancelled } from '@bazaar/contracts/orders';
import type { RecommendationsBus } from '../data/recommendations-schema.js';
import { forgetCancelledOrder } from '../use-cases/forget-cancelled-order.js';

/** `recommendations.forget-cancelled-orders`: a paid order cancelled (refunded) later stops counting. */
export function subscribeForgetCancelledOrders(bus: RecommendationsBus): void {
  bus.subscribe({
    queue: 'recommendations.forget-cancelled-orders',
    events: [OrderCancelled],
    handle: (event, trx) => forgetCancelledOrder(trx, event.data),
  });
}
