import { markOrderCounted } from '../data/counted-orders.repository.js';
import type { RecommendationsTrx } from '../data/recommendations-schema.js';
import { recordPurchase, type PaidOrderFacts } from './record-purchase.js';

/** Learns from a paid order once, whatever the redeliveries (even under a new event id). */
export async function learnFromPaidOrder(trx: RecommendationsTrx, order: PaidOrderFacts): Promise<void> {
  if (await markOrderCounted(trx, order.orderId)) await recordPurchase(trx, order, 1);
}
