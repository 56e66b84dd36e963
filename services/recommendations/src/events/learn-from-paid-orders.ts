import { OrderPaid } from '@bazaar/contracts/orders';
import type { RecommendationsBus } from '../data/recommendations-schema.js';
import { learnFromPaidOrder } from '../use-cases/learn-from-paid-order.js';

/** `recommendations.learn-from-paid-orders`: each paid order counts once in popularity and pairings. */
export function subscribeLearnFromPaidOrders(bus: RecommendationsBus): void {
  bus.subscribe({
    queue: 'recommendations.learn-from-paid-orders',
    events: [OrderPaid],
    handle: (event, trx) => learnFromPaidOrder(trx, event.data),
  });
}
