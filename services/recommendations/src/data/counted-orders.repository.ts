import type { RecommendationsDb } from './recommendations-schema.js';

const now = () => new Date().toISOString();

/** Records a paid order as counted; false when it was counted (or withdrawn) before. */
export async function markOrderCounted(db: RecommendationsDb, orderId: string): Promise<boolean> {
  const result = await db
    .insertInto('counted_orders')
    .values({ order_id: orderId, status: 'counted', updated_at: now() })
    .onConflict((conflict) => conflict.column('order_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Records an order as withdrawn; true when it was counted until now (its purchase must be taken
 * out). An order not seen yet is recorded withdrawn, so its late payment is never counted.
 */
export async function markOrderWithdrawn(db: RecommendationsDb, orderId: string): Promise<boolean> {
  const inserted = await db
    .insertInto('counted_orders')
    .values({ order_id: orderId, status: 'withdrawn', updated_at: now() })
    .onConflict((conflict) => conflict.column('order_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return false;
  const updated = await db
    .updateTable('counted_orders')
    .set({ status: 'withdrawn', updated_at: now() })
    .where('order_id', '=', orderId)
    .where('status', '=', 'counted')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
