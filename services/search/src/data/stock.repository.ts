import { sql } from 'kysely';
import type { SearchDb } from './search-schema.js';

/** What inventory said of one product, and when. */
export interface StockFact {
  productId: string;
  inStock: boolean;
  available: number;
  changedAt: string;
  /** Inventory's version of the stock, when the fact carries one. */
  version?: number | undefined;
}

/**
 * Records stock facts; a product's stock is replaced only by a newer fact: a higher version when
 * both have one (two changes can share a millisecond), else one at least as recent. Rows are
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
        version: fact.version ?? null,
      })),
    )
    .onConflict((conflict) =>
      conflict
        .column('product_id')
        .doUpdateSet((eb) => ({
          in_stock: eb.ref('excluded.in_stock'),
          available: eb.ref('excluded.available'),
          changed_at: eb.ref('excluded.changed_at'),
          version: eb.ref('excluded.version'),
        }))
        .where(
          sql<boolean>`case when stock.version is not null and excluded.version is not null
            then stock.version < excluded.version
            else stock.changed_at <= excluded.changed_at end`,
        ),
    )
    .execute();
}

function byProductId(a: StockFact, b: StockFact): number {
  return a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0;
}
