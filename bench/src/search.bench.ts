// Search goals: rebuild 10,000 products from the catalog and inventory (stub HTTP servers) in
// < 10 s; every query of a mix of searches over 10,000 products answers >= 500 req/s through the
// gateway (the whole system running). Also measured: the same searches of the seeded catalog
// through the gateway, and on the search service alone over the 10,000 products.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serviceCredentialAs } from '@bazaar/platform/testing';
import { startSearch, startStubSources } from '@bazaar/search/testing';
import { measureLoad, type LoadResult } from './load.js';
import { recordResult, type BenchRow } from './record-result.js';
import { searchThroughGateway } from './search-through-gateway.js';
import { benchAvailability, benchProducts } from './search-catalog.js';

const productCount = 10_000;
const rebuildGoalMs = 10_000;
const goalRequestsPerSecond = 500;
const queries = [
  { name: 'one word prefix (q=head)', query: 'q=head' },
  { name: 'two words (q=wireless speaker)', query: 'q=wireless%20speaker' },
  { name: 'words + category + in stock', query: 'q=pro&category=audio&inStock=true' },
  { name: 'browse: empty q, price range, newest', query: 'minPrice=1000&maxPrice=50000&sort=newest' },
  { name: 'deep page by price (page 20)', query: 'q=for&sort=price_asc&page=20&pageSize=20' },
];

/** Searches the seeded store through the gateway, rebuilds 10,000 products, then loads the service alone (~2 min). */
export async function searchBench(): Promise<void> {
  const products = benchProducts(productCount);
  const availability = benchAvailability(products);
  const viaGateway = await searchThroughGateway(queries, { products, availability, goalRequestsPerSecond });
  const stub = await startStubSources({ products, availability });
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
        ...(await measureAsGateway(`${baseUrl}/search?${query}`)),
      });
    }
    const judged = viaGateway.filter((row) => row.goalRps !== undefined);
    const slowest = judged.reduce((a, b) =>
      Number(b.requestsPerSecond) < Number(a.requestsPerSecond) ? b : a,
    );
    const isMet = judged.every((row) => Number(row.requestsPerSecond) >= goalRequestsPerSecond);
    recordResult({
      bench: 'search',
      goal: `rebuild ${productCount} products < ${rebuildGoalMs / 1000} s; at ${productCount} products every query of the mix >= ${goalRequestsPerSecond} req/s through the gateway (embedded defaults, SQLite FTS5; autocannon, 20 connections)`,
      rows,
      verdict: `rebuild ${tookMs} ms (goal < ${rebuildGoalMs} ms: ${tookMs < rebuildGoalMs && indexed === productCount ? 'met' : 'missed'}); through the gateway at ${productCount} products the slowest row is "${slowest.name}" at ${slowest.requestsPerSecond} req/s (goal >= ${goalRequestsPerSecond}: ${isMet ? 'met' : 'missed'})`,
    });
  } finally {
    await app.close();
    await stub.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// The service alone serves only its declared callers: the load calls as the gateway does, with a
// credential from the test key ring the in-process service was started with.
async function measureAsGateway(url: string): Promise<LoadResult> {
  const headers = await serviceCredentialAs('gateway', 'search');
  return measureLoad(url, { connections: 20, seconds: 5, headers });
}
