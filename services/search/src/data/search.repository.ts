import type { DatabaseEngine } from '@bazaar/platform';
import { sql, type SqlBool } from 'kysely';
import type { SearchSort } from '@bazaar/contracts/search';
import { priceRanges } from '../domain/price-ranges.js';
import { ftsMatchExpression, tsQueryText } from '../domain/search-terms.js';
import type { SearchDb } from './search-schema.js';

/** What a search asks for: the words to find (already made safe) and the filters. */
export interface SearchFilters {
  terms: string[];
  category?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  isInStockOnly: boolean;
}

/** A filter a facet leaves out, so the shopper sees counts for the other choices too. */
type IgnoredFilter = 'category' | 'price' | 'none';

/** One product of a result page, as stored. */
export interface MatchedRow {
  product_id: string;
  sku: string;
  name: string;
  category: string;
  price_amount: number;
  in_stock: number | null;
}

/** The index read on one engine: SQLite FTS5 with bm25, or PostgreSQL tsvector with ts_rank. */
export class SearchIndexReader {
  constructor(
    private readonly db: SearchDb,
    private readonly engine: DatabaseEngine,
  ) {}

  /** One page of matches in the asked order. */
  async findPage(filters: SearchFilters, sort: SearchSort, page: number, pageSize: number) {
    let query = this.matching(filters, 'none')
      .leftJoin('stock as s', 's.product_id', 'p.product_id')
      .select(['p.product_id', 'p.sku', 'p.name', 'p.category', 'p.price_amount', 's.in_stock']);
    if (sort === 'price_asc') query = query.orderBy('p.price_amount', 'asc');
    if (sort === 'price_desc') query = query.orderBy('p.price_amount', 'desc');
    if (sort === 'newest') query = query.orderBy('p.created_at', 'desc');
    if (sort === 'relevance' && filters.terms.length > 0) query = query.orderBy(this.rank(filters.terms));
    const rows = await query
      .orderBy('p.name')
      .orderBy('p.product_id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return rows as MatchedRow[];
  }

  /**
   * Matches per category, ignoring the category filter; most first. The total of a search is
   * read from these counts too (the asked category's count, or their sum), so they always agree.
   */
  async countByCategory(filters: SearchFilters): Promise<{ value: string; count: number }[]> {
    const rows = await this.matching(filters, 'category')
      .select(['p.category', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('p.category')
      .execute();
    return rows
      .map((row) => ({ value: row.category, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }

  /** Matches per fixed price range, ignoring the price filters; every range, in price order. */
  async countByPriceRange(filters: SearchFilters) {
    const bucket = priceBucketExpression();
    const rows = await this.matching(filters, 'price')
      .select([bucket.as('bucket'), (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy(bucket)
      .execute();
    const counts = new Map(rows.map((row) => [Number(row.bucket), Number(row.count)]));
    return priceRanges.map((range, index) => ({ ...range, count: counts.get(index) ?? 0 }));
  }

  private matching(filters: SearchFilters, ignoring: IgnoredFilter): LiveProductsQuery {
    let query = liveProducts(this.db);
    if (filters.terms.length > 0) query = this.withText(query, filters.terms);
    if (filters.category !== undefined && ignoring !== 'category') {
      query = query.where('p.category', '=', filters.category);
    }
    if (filters.minPrice !== undefined && ignoring !== 'price') {
      query = query.where('p.price_amount', '>=', filters.minPrice);
    }
    if (filters.maxPrice !== undefined && ignoring !== 'price') {
      query = query.where('p.price_amount', '<=', filters.maxPrice);
    }
    if (filters.isInStockOnly) {
      // correlated, so only the rows already matched are looked up (by stock's primary key)
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('stock')
            .select('stock.product_id')
            .whereRef('stock.product_id', '=', 'p.product_id')
            .where('stock.in_stock', '=', 1),
        ),
      );
    }
    return query;
  }

  // The user's words arrive only as a bound parameter built from letters and digits.
  private withText(query: LiveProductsQuery, terms: string[]): LiveProductsQuery {
    if (this.engine === 'postgres') {
      return query.where(sql<SqlBool>`p.search_vector @@ to_tsquery('simple', ${tsQueryText(terms)})`);
    }
    // products_fts is referenced only by raw SQL from here on, so the joined type need not carry it
    return query
      .innerJoin('products_fts', 'products_fts.rowid', 'p.doc_id')
      .where(sql<SqlBool>`products_fts match ${ftsMatchExpression(terms)}`) as unknown as LiveProductsQuery;
  }

  // Lower is better for bm25 (name counts ten times description); higher for ts_rank (A over B).
  private rank(terms: string[]) {
    return this.engine === 'postgres'
      ? sql`ts_rank(p.search_vector, to_tsquery('simple', ${tsQueryText(terms)})) desc`
      : sql`bm25(products_fts, 10.0, 1.0)`;
  }
}

function liveProducts(db: SearchDb) {
  return db
    .selectFrom('products as p')
    .where('p.generation', '=', (eb) =>
      eb.selectFrom('index_state').select('index_state.live_generation').where('index_state.id', '=', 1),
    );
}

type LiveProductsQuery = ReturnType<typeof liveProducts>;

// Constants are inlined (not bound) so that PostgreSQL sees the same expression in select and group by.
function priceBucketExpression() {
  const bounded = priceRanges.flatMap((range, index) =>
    range.max === null ? [] : [sql`when p.price_amount < ${sql.lit(range.max)} then ${sql.lit(index)}`],
  );
  return sql<number>`case ${sql.join(bounded, sql` `)} else ${sql.lit(priceRanges.length - 1)} end`;
}
