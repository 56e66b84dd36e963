// Search through the gateway: the whole system on embedded defaults, loaded with each query alone
// and with all of them mixed: first over its seeded catalog, then over a large catalog that the
// search CLI rebuilds into the running system's index from stub sources.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Availability } from '@bazaar/contracts/inventory';
import type { Product } from '@bazaar/contracts/catalog';
import { startStubSources } from '@bazaar/search/testing';
import { measureLoad } from './load.js';
import type { BenchRow } from './record-result.js';
import { repoRoot, startRunner, stopRunner, waitFor200 } from './system-process.js';

const port = 18180;
const portBase = 18200;
const load = { connections: 20, seconds: 5 };

/** A named search query string. */
export interface NamedQuery {
  name: string;
  query: string;
}

/** The large catalog to search through the gateway, and the query rate each of its queries should reach. */
export interface LargeCatalog {
  products: Product[];
  availability: Availability[];
  goalRequestsPerSecond: number;
}

/** Rows for the mix and for each query through the gateway's /api/search: seeded catalog, then the large one. */
export async function searchThroughGateway(queries: NamedQuery[], large: LargeCatalog): Promise<BenchRow[]> {
  const system = startRunner({ port, portBase });
  try {
    await waitFor200(`${system.baseUrl}/health/system`);
    await indexFilled(system.baseUrl, 200);
    const rows = await loadEach(system.baseUrl, queries, 'seeded catalog');
    await rebuildFrom(system.dataDir, large);
    await indexFilled(system.baseUrl, large.products.length);
    const goal = { goalRps: large.goalRequestsPerSecond };
    const largeRows = await loadEach(system.baseUrl, queries, `${large.products.length} products`);
    return [...rows, ...largeRows.map((row) => ({ ...row, ...goal }))];
  } finally {
    await stopRunner(system.child);
    fs.rmSync(system.dataDir, { recursive: true, force: true });
  }
}

async function loadEach(baseUrl: string, queries: NamedQuery[], catalog: string): Promise<BenchRow[]> {
  const mix = await measureLoad(baseUrl, {
    ...load,
    paths: queries.map(({ query }) => `/api/search?${query}`),
  });
  const rows: BenchRow[] = [{ name: `via gateway, ${catalog}: the mix of all queries below`, ...mix }];
  for (const { name, query } of queries) {
    rows.push({
      name: `via gateway, ${catalog}: ${name}`,
      ...(await measureLoad(`${baseUrl}/api/search?${query}`, load)),
    });
  }
  return rows;
}

// `npm run rebuild -w @bazaar/search` beside the running service, reading stub catalog and inventory.
async function rebuildFrom(dataDir: string, large: LargeCatalog): Promise<void> {
  const stub = await startStubSources({ products: large.products, availability: large.availability });
  try {
    const child = spawn(process.execPath, ['services/search/dist/rebuild.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        CATALOG_URL: stub.url,
        INVENTORY_URL: stub.url,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the search rebuild exited with ${code}`);
  } finally {
    await stub.close();
  }
}

async function indexFilled(baseUrl: string, atLeast: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const answer = (await (await fetch(`${baseUrl}/api/search?pageSize=1`)).json()) as { total?: number };
    if ((answer.total ?? 0) >= atLeast) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`search did not index ${atLeast} products within 120 s`);
}
