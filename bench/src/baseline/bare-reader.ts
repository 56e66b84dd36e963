// The floor's second hop: a bare Fastify server reading one product row from SQLite.
import Fastify from 'fastify';
import Database from 'better-sqlite3';

const file = process.argv[2] ?? '';
const port = Number(process.argv[3] ?? 0);
const db = new Database(file, { readonly: true });
const byId = db.prepare('select * from products where id = ?');
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/products/:id', async (request, reply) => {
  const row = byId.get(request.params.id);
  return row ? row : reply.status(404).send({ code: 'NOT_FOUND' });
});
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
