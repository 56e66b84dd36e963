import type { DatabaseEngine } from '@bazaar/platform';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchSort } from '@bazaar/contracts/search';
import { priceRanges, type PriceRange } from '../domain/price-ranges.js';
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

/** One product of a result page, as stored. */
export interface MatchedRow {
  product_id: string;
  sku: string;
  name: string;
  category: string;
  price_amount: number;
  in_stock: number | null;
}

/** A search's facets: matches per category (most first) and per fixed price range (in price order). */
export interface SearchFacets {
  categories: { value: string; count: number }[];
  priceRanges: (PriceRange & { count: number })[];
}

/**
 * How a query reads the live products. `page` filters on everything; `facets` leaves category
 * and price out (each facet applies the other one per count). On SQLite the words either drive
 * the join through FTS5 (`fts-first`: bm25 needs it, and facets read every match anyway) or are
 * a set of doc ids (`doc-id-set`), so that a sort-order index drives a sorted page and the
 * read stops at the page's last row.
 */
interface MatchShape {
  filters: 'page' | 'facets';
  text: 'fts-first' | 'doc-id-set';
  /** The sort a page is read in; filters on other columns then do not pick the index on SQLite. */
  sort?: SearchSort;
}

/** The index read on one engine: SQLite FTS5 with bm25, or PostgreSQL tsvector with ts_rank. */
export class SearchIndexReader {
  constructor(
    private readonly db: SearchDb,
    private readonly engine: DatabaseEngine,
  ) {}

  /**
   * One page of matches in the asked order. The page is chosen on the sort keys alone, and only
   * its rows are then read whole and joined to their stock (a deferred join).
   */
  async findPage(filters: SearchFilters, sort: SearchSort, page: number, pageSize: number) {
    const isRanked = sort === 'relevance' && filters.terms.length > 0;
    const key = isRanked ? this.rank(filters.terms) : sortColumns[sort];
    const isDescending =
      sort === 'price_desc' || sort === 'newest' || (isRanked && this.engine === 'postgres');
    const order = isDescending ? 'desc' : 'asc';
    const chosen = this.matching(filters, {
      filters: 'page',
      text: isRanked ? 'fts-first' : 'doc-id-set',
      sort,
    })
      .select(['p.doc_id', 'p.name', 'p.product_id'])
      .$if(key !== undefined, (query) => query.select(sql`${key}`.as('sort_key')).orderBy(sql`${key}`, order))
      .orderBy('p.name')
      .orderBy('p.product_id')
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const rows = await this.db
      .selectFrom(chosen.as('page'))
      .innerJoin('products as p', 'p.doc_id', 'page.doc_id')
      .leftJoin('stock as s', 's.product_id', 'p.product_id')
      .select(['p.product_id', 'p.sku', 'p.name', 'p.category', 'p.price_amount', 's.in_stock'])
      .$if(key !== undefined, (query) => query.orderBy(sql.ref('page.sort_key'), order))
      .orderBy('page.name')
      .orderBy('page.product_id')
      .execute();
    return rows as MatchedRow[];
  }

  /**
   * Both facets in one read of the matches: per category, the matches in the asked price range
   * and the matches per price range. Categories are counted without the category filter, price
   * ranges without the price filters. The total of a search is read from the category counts
   * (the asked category's count, or their sum), so they always agree.
   */
  async countFacets(filters: SearchFilters): Promise<SearchFacets> {
    const rows = (await this.matching(filters, { filters: 'facets', text: 'fts-first' })
      .select(['p.category', countWhere(priceFilterOf(filters)).as('matched')])
      .select(priceRanges.map((_, index) => countWhere(priceRangeCondition(index)).as(`range_${index}`)))
      .groupBy('p.category')
      .execute()) as unknown as Array<
      { category: string; matched: number | string } & Record<string, unknown>
    >;
    const categories = rows
      .map((row) => ({ value: row.category, count: Number(row.matched) }))
      .filter((facet) => facet.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const inCategory = rows.filter(
      (row) => filters.category === undefined || row.category === filters.category,
    );
    const ranges = priceRanges.map((range, index) => ({
      ...range,
      count: inCategory.reduce((sum, row) => sum + Number(row[`range_${index}`]), 0),
    }));
    return { categories, priceRanges: ranges };
  }

  private matching(filters: SearchFilters, shape: MatchShape): LiveProductsQuery {
    const isTextFirst = shape.text === 'fts-first' && filters.terms.length > 0;
    // SQLite has no statistics on ranges: left to itself it reads a filter's index and then
    // sorts every match, or worse, runs the full-text match once per product. `+column` keeps a
    // filter off its index where the full-text match or a sort-order index must drive the read.
    const column = (name: 'generation' | 'category' | 'price_amount') =>
      this.engine === 'sqlite' && (isTextFirst || isOffSortOrder(shape.sort, name))
        ? sql<string | number>`+${sql.ref(`p.${name}`)}`
        : sql<string | number>`${sql.ref(`p.${name}`)}`;
    let query = liveProducts(this.db, column('generation'));
    if (filters.terms.length > 0) query = this.withText(query, filters.terms, shape.text);
    if (shape.filters === 'page') {
      if (filters.category !== undefined) query = query.where(column('category'), '=', filters.category);
      if (filters.minPrice !== undefined) query = query.where(column('price_amount'), '>=', filters.minPrice);
      if (filters.maxPrice !== undefined) query = query.where(column('price_amount'), '<=', filters.maxPrice);
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
  private withText(query: LiveProductsQuery, terms: string[], text: MatchShape['text']): LiveProductsQuery {
    if (this.engine === 'postgres') {
      return query.where(sql<SqlBool>`p.search_vector @@ to_tsquery('simple', ${tsQueryText(terms)})`);
    }
    if (text === 'doc-id-set') {
      return query.where(
        sql<SqlBool>`p.doc_id in (select rowid from products_fts where products_fts match ${ftsMatchExpression(terms)})`,
      );
    }
    // products_fts is referenced only by raw SQL from here on, so the joined type need not carry it
    return query
      .innerJoin('products_fts', 'products_fts.rowid', 'p.doc_id')
      .where(sql<SqlBool>`products_fts match ${ftsMatchExpression(terms)}`) as unknown as LiveProductsQuery;
  }

  // Lower is better for bm25 (name counts ten times description); higher for ts_rank (A over B).
  private rank(terms: string[]): RawBuilder<number> {
    return this.engine === 'postgres'
      ? sql`ts_rank(p.search_vector, to_tsquery('simple', ${tsQueryText(terms)}))`
      : sql`bm25(products_fts, 10.0, 1.0)`;
  }
}

const sortColumns: Record<SearchSort, RawBuilder<unknown> | undefined> = {
  relevance: undefined,
  price_asc: sql.ref('p.price_amount'),
  price_desc: sql.ref('p.price_amount'),
  newest: sql.ref('p.created_at'),
};

// A sorted page reads its sort-order index, which carries the filtered columns: no filter's index.
function isOffSortOrder(sort: SearchSort | undefined, column: string): boolean {
  if (sort === undefined || sort === 'relevance' || column === 'generation') return false;
  return column !== (sort === 'newest' ? 'created_at' : 'price_amount');
}

function liveProducts(db: SearchDb, generation: RawBuilder<string | number>) {
  return db
    .selectFrom('products as p')
    .where(generation, '=', (eb) =>
      eb.selectFrom('index_state').select('index_state.live_generation').where('index_state.id', '=', 1),
    );
}

type LiveProductsQuery = ReturnType<typeof liveProducts>;

function countWhere(condition: RawBuilder<SqlBool> | undefined) {
  return condition === undefined
    ? sql<number | string>`count(*)`
    : sql<number | string>`count(*) filter (where ${condition})`;
}

function priceFilterOf(filters: SearchFilters): RawBuilder<SqlBool> | undefined {
  const bounds = [
    ...(filters.minPrice === undefined ? [] : [sql`p.price_amount >= ${filters.minPrice}`]),
    ...(filters.maxPrice === undefined ? [] : [sql`p.price_amount <= ${filters.maxPrice}`]),
  ];
  return bounds.length === 0 ? undefined : sql<SqlBool>`${sql.join(bounds, sql` and `)}`;
}

// A price falls in the first range whose max is above it, as the ranges are contiguous; constants
// are inlined. The first range also takes anything below its min, the last anything above.
function priceRangeCondition(index: number): RawBuilder<SqlBool> {
  const below = priceRanges[index]?.max ?? null;
  const from = index === 0 ? null : (priceRanges[index - 1]?.max ?? null);
  const bounds = [
    ...(from === null ? [] : [sql`p.price_amount >= ${sql.lit(from)}`]),
    ...(below === null ? [] : [sql`p.price_amount < ${sql.lit(below)}`]),
  ];
  return sql<SqlBool>`${bounds.length === 0 ? sql`1 = 1` : sql.join(bounds, sql` and `)}`;
}
