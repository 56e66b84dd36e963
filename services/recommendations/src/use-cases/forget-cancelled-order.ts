import { markOrderWithdrawn } from '../data/counted-orders.repository.js';
import type { RecommendationsTrx } from '../data/recommendations-schema.js';
import { recordPurchase, type PaidOrderFacts } from './record-purchase.js';

/** A cancelled order, and whether it had been paid (and so counted) before. */
export interface CancelledOrderFacts extends PaidOrderFacts {
  wasPaid: boolean;
}

/**
 * Takes a paid-then-cancelled (refunded) order back out of the statistics, once: a purchase the
 * shopper gave back is no signal. An order cancelled before payment was never counted.
 */
export async function forgetCancelledOrder(
  trx: RecommendationsTrx,
  order: CancelledOrderFacts,
): Promise<void> {
  if (!order.wasPaid) return;
  if (await markOrderWithdrawn(trx, order.orderId)) await recordPurchase(trx, order, -1);
}
