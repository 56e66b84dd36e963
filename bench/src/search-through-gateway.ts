// Search through the gateway: the whole system on embedded defaults, its seeded catalog indexed,
// loaded with each query alone and with all of them mixed.
import fs from 'node:fs';
import { measureLoad } from './load.js';
import type { BenchRow } from './record-result.js';
import { startRunner, stopRunner, waitFor200 } from './system-process.js';

const port = 18180;
const portBase = 18200;

/** A named search query string. */
export interface NamedQuery {
  name: string;
  query: string;
}

/** Rows for the mix and for each query, measured through the gateway's /api/search. */
export async function searchThroughGateway(queries: NamedQuery[]): Promise<BenchRow[]> {
  const system = startRunner({ port, portBase });
  try {
    await waitFor200(`${system.baseUrl}/health/system`);
    await indexFilled(system.baseUrl, 200);
    const options = { connections: 20, seconds: 5 };
    const mix = await measureLoad(system.baseUrl, {
      ...options,
      paths: queries.map(({ query }) => `/api/search?${query}`),
    });
    const rows: BenchRow[] = [{ name: 'via gateway, seeded catalog: the mix of all queries below', ...mix }];
    for (const { name, query } of queries) {
      rows.push({
        name: `via gateway, seeded catalog: ${name}`,
        ...(await measureLoad(`${system.baseUrl}/api/search?${query}`, options)),
      });
    }
    return rows;
  } finally {
    await stopRunner(system.child);
    fs.rmSync(system.dataDir, { recursive: true, force: true });
  }
}

async function indexFilled(baseUrl: string, atLeast: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const answer = (await (await fetch(`${baseUrl}/api/search?pageSize=1`)).json()) as { total?: number };
    if ((answer.total ?? 0) >= atLeast) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`search did not index ${atLeast} seeded products within 120 s`);
}
