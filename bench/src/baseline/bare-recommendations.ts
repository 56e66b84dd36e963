// The product page floor's recommendations: bare Fastify answering GET /products/:id/recommendations
// from a copy of recommendations' SQLite file, with the real service's queries in its order
// (bought together, then popular in the product's category, then popular overall).
import Fastify from 'fastify';
import Database from 'better-sqlite3';

interface CandidateRow {
  product_id: string;
  sku: string;
  name: string;
  category: string;
  price_cents: number;
}

const db = new Database(process.argv[2] ?? '', { readonly: true });
const port = Number(process.argv[3] ?? 0);
const columns = 'p.product_id, p.sku, p.name, p.category, p.price_cents';
const byPopularity = 'coalesce(pop.orders_count, 0) desc, coalesce(pop.units_sold, 0) desc, p.product_id';
const findProduct = db.prepare<[string], CandidateRow>(
  'select product_id, sku, name, category, price_cents from products where product_id = ?',
);
const statements = new Map<string, Database.Statement<unknown[], CandidateRow>>();
const app = Fastify({ logger: false });

app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
  '/products/:id/recommendations',
  async (request) => {
    const { id } = request.params;
    const limit = Number(request.query.limit ?? 8);
    const product = findProduct.get(id);
    const picked: CandidateRow[] = [];
    const unwanted = new Set([id]);
    const add = (rows: CandidateRow[]) => {
      const before = picked.length;
      for (const row of rows) {
        if (picked.length >= limit) break;
        if (unwanted.has(row.product_id)) continue;
        unwanted.add(row.product_id);
        picked.push(row);
      }
      return picked.length - before;
    };
    const together = add(boughtTogether(id, [...unwanted], limit));
    if (product) add(popular(product.category, [...unwanted], limit - picked.length));
    add(popular(undefined, [...unwanted], limit - picked.length));
    return { items: picked.map(toSummary), strategy: together > 0 ? 'bought_together' : 'popular' };
  },
);

await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');

function boughtTogether(id: string, excluded: string[], limit: number): CandidateRow[] {
  const sql = `select ${columns} from co_purchases as co
    inner join products as p on p.product_id = co.other_product_id
    left join product_popularity as pop on pop.product_id = p.product_id
    where co.product_id in (?) and co.orders_count > 0 and co.other_product_id not in (${marks(excluded)})
    group by ${columns}, pop.orders_count, pop.units_sold
    order by sum(co.orders_count) desc, ${byPopularity} limit ?`;
  return statement(sql).all(id, ...excluded, limit);
}

function popular(category: string | undefined, excluded: string[], limit: number): CandidateRow[] {
  if (limit <= 0) return [];
  const sql = `select ${columns} from products as p
    left join product_popularity as pop on pop.product_id = p.product_id
    where ${category === undefined ? '' : 'p.category in (?) and '}p.product_id not in (${marks(excluded)})
    order by ${byPopularity} limit ?`;
  return statement(sql).all(...(category === undefined ? [] : [category]), ...excluded, limit);
}

function statement(sql: string): Database.Statement<unknown[], CandidateRow> {
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = db.prepare<unknown[], CandidateRow>(sql)));
  return prepared;
}

function marks(values: string[]): string {
  return values.map(() => '?').join(',');
}

function toSummary(row: CandidateRow) {
  return {
    id: row.product_id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    price: { amount: Number(row.price_cents), currency: 'USD' },
    imageUrl: `/images/products/${encodeURIComponent(row.sku)}.svg`,
    inStock: null,
  };
}
