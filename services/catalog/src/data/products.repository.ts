import type { Product } from '@bazaar/contracts/catalog';
import type { Selectable, Updateable } from 'kysely';
import type { CatalogDb, ProductsTable } from './catalog-schema.js';

/** The fields of a product an update may change. */
export type ProductChanges = Partial<
  Pick<Product, 'sku' | 'name' | 'description' | 'category' | 'price' | 'imageUrl'>
>;

/** Which products a listing shows and which slice of them. */
export interface ProductFilter {
  categoryId?: string | undefined;
  ids?: string[] | undefined;
  offset: number;
  limit: number;
}

/** The product with this id, if there is one. */
export async function findProductById(db: CatalogDb, id: string): Promise<Product | undefined> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProduct(row);
}

/** The product with this sku, if there is one. */
export async function findProductBySku(db: CatalogDb, sku: string): Promise<Product | undefined> {
  const row = await db.selectFrom('products').selectAll().where('sku', '=', sku).executeTakeFirst();
  return row && toProduct(row);
}

/** One slice of the products matching a filter, ordered by name then id, and how many match in all. */
export async function findProductPage(
  db: CatalogDb,
  filter: ProductFilter,
): Promise<{ items: Product[]; total: number }> {
  let matching = db.selectFrom('products');
  if (filter.categoryId !== undefined) matching = matching.where('category_id', '=', filter.categoryId);
  if (filter.ids !== undefined) matching = matching.where('id', 'in', filter.ids);
  const [rows, counted] = await Promise.all([
    matching.selectAll().orderBy('name').orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
    matching.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toProduct), total: Number(counted.count) };
}

/** Inserts one product; a taken sku or id throws a unique violation. */
export async function insertProduct(db: CatalogDb, product: Product): Promise<void> {
  await db.insertInto('products').values(toRow(product)).execute();
}

/** Inserts products, leaving any whose id or sku already exists untouched (safe when replicas race). */
export async function insertProductsIgnoringExisting(db: CatalogDb, products: Product[]): Promise<void> {
  if (products.length === 0) return;
  await db
    .insertInto('products')
    .values(products.map(toRow))
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

/** Applies changes to one product and returns it as it now is, or undefined when it does not exist. */
export async function saveProductChanges(
  db: CatalogDb,
  id: string,
  changes: ProductChanges,
  updatedAt: string,
): Promise<Product | undefined> {
  await db.updateTable('products').set(toRowChanges(changes, updatedAt)).where('id', '=', id).execute();
  return findProductById(db, id);
}

function toProduct(row: Selectable<ProductsTable>): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    category: row.category_id,
    price: { amount: Number(row.price_cents), currency: 'USD' },
    imageUrl: row.image_url,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(product: Product): ProductsTable {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category_id: product.category,
    price_cents: product.price.amount,
    currency: product.price.currency,
    image_url: product.imageUrl,
    created_at: product.createdAt,
    updated_at: product.updatedAt,
  };
}

function toRowChanges(changes: ProductChanges, updatedAt: string): Updateable<ProductsTable> {
  return {
    ...(changes.sku !== undefined && { sku: changes.sku }),
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.description !== undefined && { description: changes.description }),
    ...(changes.category !== undefined && { category_id: changes.category }),
    ...(changes.price !== undefined && {
      price_cents: changes.price.amount,
      currency: changes.price.currency,
    }),
    ...(changes.imageUrl !== undefined && { image_url: changes.imageUrl }),
    updated_at: updatedAt,
  };
}
