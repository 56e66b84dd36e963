// Issue 15's goals: start to /health/system ok (< 3 s), idle memory per process (≤ 80 MB, also after load),
// and GET /api/products/:id two hops deep with the kit at ≥ 80% of a bare two-hop floor; the full product page
// beside them. Issue "Same-shape floors": the product page at ≥ 70% of a bare gateway making the same four calls.
import fs from 'node:fs';
import path from 'node:path';
import { recordResult, type BenchRow } from './record-result.js';
import { cpuMsPerPage, measureBareProductPage, measureProductPages } from './product-page-floor.js';
import { measureBareTwoHop, measureKitTwoHop } from './two-hop.js';
import { residentMegabytes, runnerProcesses, startRunner, stopRunner, waitFor200 } from './system-process.js';

const port = 18080;
const portBase = 18100;
const pageIds = 20; // the product pages are loaded over this many products in turn
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Measures start time, idle memory, the kit's two-hop rate and the product page, each against its bare floor. */
export async function gatewayBench(): Promise<void> {
  const cold = startRunner({ port, portBase });
  const coldStartMs = await waitFor200(`${cold.baseUrl}/health/system`);
  await sleep(3000);
  const memory = residentMemory(cold.dataDir, '');
  const page = (await (await fetch(`${cold.baseUrl}/api/products?pageSize=${pageIds}`)).json()) as {
    items: Array<{ id: string }>;
  };
  const productIds = page.items.map((item) => item.id);
  const productId = productIds[0] ?? '';
  const pageRun = await measureProductPages(cold.dataDir, cold.baseUrl, productIds);
  const gateway = pageRun.load;
  // V8 gives the heap it grew under load back once the process has been idle a while (its memory
  // reducer): the gateway read 276 MB 3 s after the load and 105 MB from about 8 s on
  await sleep(10_000);
  const afterLoad = residentMemory(cold.dataDir, ', 10 s after the product-page load');
  await stopRunner(cold.child);

  const warm = startRunner({ port, portBase, dataDir: cold.dataDir });
  const warmStartMs = await waitFor200(`${warm.baseUrl}/health/system`);
  await stopRunner(warm.child);

  const floor = await measureBareTwoHop(path.join(cold.dataDir, 'catalog.sqlite'), productId, portBase + 50);
  const kit = await measureKitTwoHop(portBase + 60);
  const pageFloorRun = await measureBareProductPage(cold.dataDir, productIds, portBase + 70);
  const pageFloor = pageFloorRun.load;
  fs.rmSync(cold.dataDir, { recursive: true, force: true });
  const percentOfFloor = (load: { requestsPerSecond: number }) =>
    Math.round((load.requestsPerSecond / floor.requestsPerSecond) * 100);
  const ratio = percentOfFloor(kit);
  const pageRatio = Math.round((gateway.requestsPerSecond / pageFloor.requestsPerSecond) * 100);
  const rows: BenchRow[] = [
    {
      name: 'start to /health/system ok (first start: seeds, generates keys)',
      ms: Math.round(coldStartMs),
      goalMs: 3000,
    },
    {
      name: 'start to /health/system ok (built tree, existing data)',
      ms: Math.round(warmStartMs),
      goalMs: 3000,
    },
    ...[...memory, ...afterLoad].map((m) => ({ name: m.name, mb: m.mb, goalMb: 80 })),
    { name: 'two-hop with the kit: platform proxy → catalog service → SQLite (logs at info)', ...kit },
    { name: 'floor: bare Fastify → undici → bare Fastify → SQLite', ...floor },
    { name: 'kit two-hop rate as % of floor', percent: ratio, goalPercent: 80 },
    {
      name: `product page via the gateway (catalog + inventory + recommendations + stock of picks), ${productIds.length} products in turn`,
      ...gateway,
      cpuMsPerRequest: cpuMsPerPage(pageRun),
    },
    { name: 'product page rate as % of the two-hop floor', percent: percentOfFloor(gateway) },
    {
      name: 'same-shape floor: bare Fastify gateway → the same 4 calls with undici → bare catalog, inventory, recommendations → SQLite copies',
      ...pageFloor,
      cpuMsPerRequest: cpuMsPerPage(pageFloorRun),
    },
    { name: 'product page rate as % of its same-shape floor', percent: pageRatio, goalPercent: 70 },
  ];
  const maxMb = Math.max(...memory.map((m) => m.mb));
  const maxAfterLoadMb = Math.max(...afterLoad.map((m) => m.mb));
  recordResult({
    bench: 'gateway',
    goal: 'start < 3 s; ≤ 80 MB RSS per process at idle, before and after load; gateway ≥ 80% of the bare two-hop rate; product page ≥ 70% of its same-shape floor (autocannon, 50 connections, 10 s; CPU per request: gateway, catalog, inventory, recommendations)',
    rows,
    verdict: `start ${Math.round(warmStartMs)} ms (first ${Math.round(coldStartMs)} ms); max idle RSS ${maxMb} MB (${maxAfterLoadMb} MB after load); kit two-hop at ${ratio}% of the floor; full product page (4 upstream calls) at ${percentOfFloor(gateway)}% of the two-hop floor and ${pageRatio}% of its same-shape floor`,
  });
}

/** One row per running process: its resident memory now, named with `when`. */
function residentMemory(dataDir: string, when: string): Array<{ name: string; mb: number }> {
  return runnerProcesses(dataDir).map((p) => ({
    name: `idle RSS ${p.instance}${when}`,
    mb: residentMegabytes(p.pid),
  }));
}
