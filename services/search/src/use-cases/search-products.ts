import { productImagePath } from '@bazaar/contracts/catalog';
import type { SearchQuery, SearchResults } from '@bazaar/contracts/search';
import { validationFailed } from '@bazaar/platform';
import type { MatchedRow, SearchIndexReader } from '../data/search.repository.js';
import { searchTermsOf } from '../domain/search-terms.js';

/**
 * Answers a shopper's search: one page of matches in the asked order, the total, and facets
 * (categories counted without the category filter, price ranges without the price filters).
 */
export async function searchProducts(index: SearchIndexReader, query: SearchQuery): Promise<SearchResults> {
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
    throw validationFailed([{ field: 'querystring.minPrice', message: 'must not be above maxPrice' }]);
  }
  const filters = {
    terms: searchTermsOf(query.q),
    category: query.category,
    minPrice: query.minPrice,
    maxPrice: query.maxPrice,
    isInStockOnly: query.inStock === true,
  };
  const [rows, { categories, priceRanges }] = await Promise.all([
    index.findPage(filters, query.sort ?? 'relevance', query.page, query.pageSize),
    index.countFacets(filters),
  ]);
  const counted = categories.filter(
    (facet) => query.category === undefined || facet.value === query.category,
  );
  const total = counted.reduce((sum, facet) => sum + facet.count, 0);
  return {
    items: rows.map(toSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
    facets: { categories, priceRanges },
  };
}

function toSummary(row: MatchedRow) {
  return {
    id: row.product_id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    price: { amount: Number(row.price_amount), currency: 'USD' as const },
    imageUrl: productImagePath(row.sku),
    inStock: row.in_stock === null ? null : Number(row.in_stock) === 1,
  };
}
