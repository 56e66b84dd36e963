// Search goals: rebuild 10,000 products from the catalog and inventory (stub HTTP servers) in
// < 10 s; the query rate with p50/p99 latency of a mix of searches of the seeded catalog through
// the gateway (the whole system running), and the same searches on the search service alone over
// the 10,000 products.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSearch, startStubSources } from '@bazaar/search/testing';
import { measureLoad } from './load.js';
import { recordResult, type BenchRow } from './record-result.js';
import { searchThroughGateway } from './search-through-gateway.js';
import { benchAvailability, benchProducts } from './search-catalog.js';

const productCount = 10_000;
const rebuildGoalMs = 10_000;
const queries = [
  { name: 'one word prefix (q=head)', query: 'q=head' },
  { name: 'two words (q=wireless speaker)', query: 'q=wireless%20speaker' },
  { name: 'words + category + in stock', query: 'q=pro&category=audio&inStock=true' },
  { name: 'browse: empty q, price range, newest', query: 'minPrice=1000&maxPrice=50000&sort=newest' },
  { name: 'deep page by price (page 20)', query: 'q=for&sort=price_asc&page=20&pageSize=20' },
];

/** Searches the seeded store through the gateway, rebuilds 10,000 products, then loads the service alone (~2 min). */
export async function searchBench(): Promise<void> {
  const viaGateway = await searchThroughGateway(queries);
  const products = benchProducts(productCount);
  const stub = await startStubSources({ products, availability: benchAvailability(products) });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-search-bench-'));
  const { app } = await startSearch(
    { service: 'search', dataDir },
    {
      verifyToken: async () => ({
        id: 'usr_bench',
        email: 'bench@example.test',
        role: 'admin',
        issuedAt: Math.floor(Date.now() / 1000),
        sessionVersion: 0,
      }),
      env: { CATALOG_URL: stub.url, INVENTORY_URL: stub.url },
    },
  );
  try {
    const rebuild = await app.inject({
      method: 'POST',
      url: '/admin/rebuild',
      headers: { authorization: 'Bearer bench' },
    });
    const { products: indexed, tookMs } = rebuild.json() as { products: number; tookMs: number };
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const rows: BenchRow[] = [
      ...viaGateway,
      { name: `rebuild ${indexed} products from stub HTTP sources`, ms: tookMs, goalMs: rebuildGoalMs },
    ];
    for (const { name, query } of queries) {
      rows.push({
        name: `search service alone, ${indexed} products: ${name}`,
        ...(await measureLoad(`${baseUrl}/search?${query}`, { connections: 20, seconds: 5 })),
      });
    }
    const mix = viaGateway[0];
    recordResult({
      bench: 'search',
      goal: `rebuild ${productCount} products < ${rebuildGoalMs / 1000} s; queries/s and p50/p99 of a mix of searches through the gateway (embedded defaults, SQLite FTS5; autocannon, 20 connections)`,
      rows,
      verdict: `rebuild ${tookMs} ms (goal < ${rebuildGoalMs} ms: ${tookMs < rebuildGoalMs && indexed === productCount ? 'met' : 'missed'}); through the gateway the mix answers ${mix?.requestsPerSecond} req/s, p50 ${mix?.p50Ms} ms, p99 ${mix?.p99Ms} ms`,
    });
  } finally {
    await app.close();
    await stub.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
