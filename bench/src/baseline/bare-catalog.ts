// The product page floor's catalog: bare Fastify answering GET /products/:id from a copy of
// catalog's SQLite file, with the row shaped as the real catalog shapes a product.
import Fastify from 'fastify';
import Database from 'better-sqlite3';

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  category_id: string;
  price_cents: number;
  image_url: string;
  created_at: string;
  updated_at: string;
}

const db = new Database(process.argv[2] ?? '', { readonly: true });
const port = Number(process.argv[3] ?? 0);
const byId = db.prepare<[string], ProductRow>('select * from products where id = ?');
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/products/:id', async (request, reply) => {
  const row = byId.get(request.params.id);
  if (!row) return reply.status(404).send({ code: 'NOT_FOUND' });
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
});
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
