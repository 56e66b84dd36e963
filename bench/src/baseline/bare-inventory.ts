// The product page floor's inventory: bare Fastify answering GET /availability/:productId and
// GET /availability?ids=… from a copy of inventory's SQLite file, as the real inventory does
// (available = on hand − reserved; unknown ids left out of the list, 404 for one).
import Fastify from 'fastify';
import Database from 'better-sqlite3';

interface StockRow {
  product_id: string;
  on_hand: number;
  reserved: number;
}

const db = new Database(process.argv[2] ?? '', { readonly: true });
const port = Number(process.argv[3] ?? 0);
const statements = new Map<number, Database.Statement<string[], StockRow>>();
const app = Fastify({ logger: false });

app.get<{ Params: { productId: string } }>('/availability/:productId', async (request, reply) => {
  const [row] = stockOf([request.params.productId]);
  return row ? availabilityOf(row) : reply.status(404).send({ code: 'NOT_FOUND' });
});

app.get<{ Querystring: { ids?: string } }>('/availability', async (request) => {
  const ids = [...new Set((request.query.ids ?? '').split(','))];
  const rows = new Map(stockOf(ids).map((row) => [row.product_id, row]));
  return { items: ids.flatMap((id) => (rows.has(id) ? [availabilityOf(rows.get(id) as StockRow)] : [])) };
});

await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');

function stockOf(ids: string[]): StockRow[] {
  // the real repository's query: select * from stock where product_id in (…)
  let statement = statements.get(ids.length);
  if (!statement) {
    const marks = ids.map(() => '?').join(',');
    statement = db.prepare<string[], StockRow>(`select * from stock where product_id in (${marks})`);
    statements.set(ids.length, statement);
  }
  return statement.all(...ids);
}

function availabilityOf(row: StockRow) {
  const available = Number(row.on_hand) - Number(row.reserved);
  return { productId: row.product_id, inStock: available > 0, quantity: available };
}
