// Test and bench support: a stand-in for the catalog and inventory reads a rebuild makes.
import Fastify from 'fastify';
import type { Product } from '@bazaar/contracts/catalog';
import type { Availability } from '@bazaar/contracts/inventory';

/** One plain Fastify server answering `GET /products` (catalog) and `GET /availability` (inventory). */
export interface StubSourcesServer {
  url: string;
  /** How many product pages were asked for so far. */
  pagesServed(): number;
  /** Makes every later product page answer this much later. */
  setDelayMsPerPage(delayMs: number): void;
  close(): Promise<void>;
}

/** What the stub serves, and how slowly (to keep a rebuild running while a test searches). */
export interface StubSourcesContent {
  products: Product[];
  availability: Availability[];
  delayMsPerPage?: number;
}

/** Starts the stub on a free port; products are served by name then id, as the catalog does. */
export async function startStubSources(content: StubSourcesContent): Promise<StubSourcesServer> {
  const byName = [...content.products].sort((a, b) =>
    a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
  );
  const stock = new Map(content.availability.map((entry) => [entry.productId, entry]));
  let pages = 0;
  let delayMs = content.delayMsPerPage ?? 0;
  const server = Fastify();
  server.get<{ Querystring: { page?: string; pageSize?: string } }>('/products', async (request) => {
    pages++;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const page = Number(request.query.page ?? 1);
    const pageSize = Number(request.query.pageSize ?? 20);
    const items = byName.slice((page - 1) * pageSize, page * pageSize);
    return { items, total: byName.length, page, pageSize };
  });
  server.get<{ Querystring: { ids: string } }>('/availability', async (request) => ({
    items: request.query.ids.split(',').flatMap((id) => stock.get(id) ?? []),
  }));
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    pagesServed: () => pages,
    setDelayMsPerPage: (ms) => void (delayMs = ms),
    close: () => server.close(),
  };
}
