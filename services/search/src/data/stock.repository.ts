import type { SearchDb } from './search-schema.js';

/** What inventory said of one product, and when. */
export interface StockFact {
  productId: string;
  inStock: boolean;
  available: number;
  changedAt: string;
}

/**
 * Records stock facts; a product's stock is replaced only by a fact at least as recent. Rows are
 * written in product id order, so two writers of overlapping products cannot deadlock.
 */
export async function upsertStock(db: SearchDb, facts: StockFact[]): Promise<void> {
  if (facts.length === 0) return;
  await db
    .insertInto('stock')
    .values(
      [...facts].sort(byProductId).map((fact) => ({
        product_id: fact.productId,
        in_stock: fact.inStock ? 1 : 0,
        available: fact.available,
        changed_at: fact.changedAt,
      })),
    )
    .onConflict((conflict) =>
      conflict
        .column('product_id')
        .doUpdateSet((eb) => ({
          in_stock: eb.ref('excluded.in_stock'),
          available: eb.ref('excluded.available'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .whereRef('stock.changed_at', '<=', 'excluded.changed_at'),
    )
    .execute();
}

function byProductId(a: StockFact, b: StockFact): number {
  return a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0;
}
