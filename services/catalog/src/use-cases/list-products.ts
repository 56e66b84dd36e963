import type { ProductListQuery, ProductPage } from '@bazaar/contracts/catalog';
import type { CatalogDb } from '../data/catalog-schema.js';
import { findProductPage } from '../data/products.repository.js';

const defaultPageSize = 20;

/**
 * Lists one page of products, optionally of one category and/or among given ids. A batch lookup
 * by ids answers all of them on one page unless the caller asks for a smaller page.
 */
export async function listProducts(db: CatalogDb, query: ProductListQuery): Promise<ProductPage> {
  const ids = query.ids === undefined ? undefined : [...new Set(query.ids.split(','))];
  const pageSize = query.pageSize ?? ids?.length ?? defaultPageSize;
  const { items, total } = await findProductPage(db, {
    categoryId: query.category,
    ids,
    offset: (query.page - 1) * pageSize,
    limit: pageSize,
  });
  return { items, total, page: query.page, pageSize };
}
