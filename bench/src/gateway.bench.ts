// Issue "Foundation" goals: start to /health/system ok (< 5 s), idle memory per process (< 80 MB),
// and GET /api/products/:id two hops deep with the kit at ≥ 80% of a bare two-hop floor; the full product page beside them.
import fs from 'node:fs';
import path from 'node:path';
import { recordResult, type BenchRow } from './record-result.js';
import { measureLoad } from './load.js';
import { measureBareTwoHop, measureKitTwoHop } from './two-hop.js';
import { residentMegabytes, runnerProcesses, startRunner, stopRunner, waitFor200 } from './system-process.js';

const port = 18080;
const portBase = 18100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Measures start time, idle memory and the gateway's two-hop rate against its bare floor. */
export async function gatewayBench(): Promise<void> {
  const cold = startRunner({ port, portBase });
  const coldStartMs = await waitFor200(`${cold.baseUrl}/health/system`);
  await sleep(3000);
  const memory = runnerProcesses(cold.dataDir).map((p) => ({
    name: `idle RSS ${p.instance}`,
    mb: residentMegabytes(p.pid),
  }));
  const page = (await (await fetch(`${cold.baseUrl}/api/products?pageSize=1`)).json()) as {
    items: Array<{ id: string }>;
  };
  const productId = page.items[0]?.id ?? '';
  const gateway = await measureLoad(`${cold.baseUrl}/api/products/${productId}`);
  await stopRunner(cold.child);

  const warm = startRunner({ port, portBase, dataDir: cold.dataDir });
  const warmStartMs = await waitFor200(`${warm.baseUrl}/health/system`);
  await stopRunner(warm.child);

  const floor = await measureBareTwoHop(path.join(cold.dataDir, 'catalog.sqlite'), productId, portBase + 50);
  const kit = await measureKitTwoHop(portBase + 60);
  fs.rmSync(cold.dataDir, { recursive: true, force: true });
  const percentOfFloor = (load: { requestsPerSecond: number }) =>
    Math.round((load.requestsPerSecond / floor.requestsPerSecond) * 100);
  const ratio = percentOfFloor(kit);
  const rows: BenchRow[] = [
    {
      name: 'start to /health/system ok (first start: seeds, generates keys)',
      ms: Math.round(coldStartMs),
      goalMs: 5000,
    },
    {
      name: 'start to /health/system ok (built tree, existing data)',
      ms: Math.round(warmStartMs),
      goalMs: 5000,
    },
    ...memory.map((m) => ({ name: m.name, mb: m.mb, goalMb: 80 })),
    { name: 'two-hop with the kit: platform proxy → catalog service → SQLite (logs at info)', ...kit },
    { name: 'floor: bare Fastify → undici → bare Fastify → SQLite', ...floor },
    { name: 'kit two-hop rate as % of floor', percent: ratio, goalPercent: 80 },
    {
      name: 'product page via the gateway (catalog + inventory + recommendations + stock of picks)',
      ...gateway,
    },
    { name: 'product page rate as % of the two-hop floor', percent: percentOfFloor(gateway) },
  ];
  const maxMb = Math.max(...memory.map((m) => m.mb));
  recordResult({
    bench: 'gateway',
    goal: 'start < 5 s; < 80 MB RSS per process at idle; gateway ≥ 80% of the bare two-hop rate (autocannon, 50 connections, 10 s)',
    rows,
    verdict: `start ${Math.round(warmStartMs)} ms (first ${Math.round(coldStartMs)} ms); max idle RSS ${maxMb} MB; kit two-hop at ${ratio}% of the floor; full product page (4 upstream calls) at ${percentOfFloor(gateway)}%`,
  });
}
