// The product page floor's gateway: bare Fastify making the real gateway's four upstream calls with
// undici (catalog ‖ availability ‖ recommendations, then the stock of the picks) and composing
// the same answer; a part that fails is null and named in `degraded`, as on the real page.
import Fastify from 'fastify';
import { Pool } from 'undici';

interface Summary {
  id: string;
  inStock: boolean | null;
  [field: string]: unknown;
}

const pool = (url: string | undefined) => new Pool(url ?? '', { connections: 128 });
const catalog = pool(process.argv[2]);
const inventory = pool(process.argv[3]);
const recommendations = pool(process.argv[4]);
const port = Number(process.argv[5] ?? 0);
const app = Fastify({ logger: false });

app.get<{ Params: { id: string } }>('/api/products/:id', async (request, reply) => {
  const id = encodeURIComponent(request.params.id);
  const [product, availability, picks] = await Promise.all([
    ask(catalog, `/products/${id}`),
    ask(inventory, `/availability/${id}`)
      .then(toAvailability)
      .catch(() => null),
    recommendedWithStock(id).catch(() => null),
  ]);
  if (product.status !== 200) return reply.status(product.status).send(product.body);
  const body = product.body as Summary;
  return {
    id: body.id,
    sku: body.sku,
    name: body.name,
    category: body.category,
    price: body.price,
    imageUrl: body.imageUrl,
    inStock: availability?.inStock ?? null,
    description: body.description,
    availability,
    recommendations: picks,
    degraded: [...(availability ? [] : ['availability']), ...(picks ? [] : ['recommendations'])],
  };
});

await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');

async function recommendedWithStock(id: string): Promise<Summary[]> {
  const answer = await ask(recommendations, `/products/${id}/recommendations?limit=8`);
  if (answer.status !== 200) throw new Error(`recommendations answered ${answer.status}`);
  const items = (answer.body as { items: Summary[] }).items;
  const stock = items.length ? await stockStates(items.map((item) => item.id)) : new Map<string, boolean>();
  return items.map((item) => ({ ...item, inStock: stock?.get(item.id) ?? null }));
}

async function stockStates(ids: string[]): Promise<Map<string, boolean> | null> {
  const answer = await ask(inventory, `/availability?ids=${ids.map(encodeURIComponent).join(',')}`);
  if (answer.status !== 200) return null;
  const known = (answer.body as { items: Array<{ productId: string; inStock: boolean }> }).items;
  const inStock = new Map(known.map((item) => [item.productId, item.inStock]));
  return new Map(ids.map((each) => [each, inStock.get(each) ?? false]));
}

function toAvailability(answer: { status: number; body: unknown }) {
  if (answer.status === 404) return { inStock: false, quantity: 0 };
  if (answer.status !== 200) throw new Error(`inventory answered ${answer.status}`);
  const { inStock, quantity } = answer.body as { inStock: boolean; quantity: number };
  return { inStock, quantity };
}

async function ask(upstream: Pool, path: string): Promise<{ status: number; body: unknown }> {
  const response = await upstream.request({ method: 'GET', path });
  return { status: response.statusCode, body: await response.body.json() };
}
