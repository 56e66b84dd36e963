import type { SearchDb } from './search-schema.js';

/** A product as the index holds it; times are ISO text. */
export interface IndexedProduct {
  productId: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceAmount: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Writes products into a generation. A product already there is replaced only by facts at least
 * as recent (`updated_at`), so a late, older event or a stale rebuild page changes nothing;
 * the first-seen `created_at` is kept. Rows are written in product id order, so two writers of
 * overlapping products cannot deadlock.
 */
export async function upsertProducts(
  db: SearchDb,
  generation: number,
  products: IndexedProduct[],
): Promise<void> {
  if (products.length === 0) return;
  await db
    .insertInto('products')
    .values([...products].sort(byProductId).map((product) => toRow(generation, product)))
    .onConflict((conflict) =>
      conflict
        .columns(['generation', 'product_id'])
        .doUpdateSet((eb) => ({
          sku: eb.ref('excluded.sku'),
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          category: eb.ref('excluded.category'),
          price_amount: eb.ref('excluded.price_amount'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .whereRef('products.updated_at', '<=', 'excluded.updated_at'),
    )
    .execute();
}

/** How many products a generation holds. */
export async function countProducts(db: SearchDb, generation: number): Promise<number> {
  const row = await db
    .selectFrom('products')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('generation', '=', generation)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

function toRow(generation: number, product: IndexedProduct) {
  return {
    generation,
    product_id: product.productId,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    price_amount: product.priceAmount,
    created_at: product.createdAt,
    updated_at: product.updatedAt,
  };
}

function byProductId(a: IndexedProduct, b: IndexedProduct): number {
  return a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0;
}
