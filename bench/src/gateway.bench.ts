// Issue "Foundation" goals: start to /health/system ok (< 5 s), idle memory per process (< 80 MB),
// and GET /api/products/:id through gateway → catalog → database at ≥ 80% of a bare two-hop floor.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordResult, type BenchRow } from './record-result.js';
import { measureLoad } from './load.js';
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

  const floor = await measureBareTwoHop(path.join(cold.dataDir, 'catalog.sqlite'), productId);
  fs.rmSync(cold.dataDir, { recursive: true, force: true });
  const ratio = Math.round((gateway.requestsPerSecond / floor.requestsPerSecond) * 100);
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
    { name: 'GET /api/products/:id via gateway → catalog → SQLite', ...gateway },
    { name: 'floor: bare Fastify → undici → bare Fastify → SQLite', ...floor },
    { name: 'gateway rate as % of floor', percent: ratio, goalPercent: 80 },
  ];
  const maxMb = Math.max(...memory.map((m) => m.mb));
  recordResult({
    bench: 'gateway',
    goal: 'start < 5 s; < 80 MB RSS per process at idle; gateway ≥ 80% of the bare two-hop rate (autocannon, 50 connections, 10 s)',
    rows,
    verdict: `start ${Math.round(warmStartMs)} ms (first ${Math.round(coldStartMs)} ms); max idle RSS ${maxMb} MB; gateway at ${ratio}% of the floor`,
  });
}

async function measureBareTwoHop(catalogFile: string, productId: string) {
  const dir = fileURLToPath(new URL('./baseline/', import.meta.url));
  const copy = path.join(os.tmpdir(), `bazaar-floor-${process.pid}.sqlite`);
  fs.copyFileSync(catalogFile, copy);
  const reader = fork(path.join(dir, 'bare-reader.js'), [copy, String(portBase + 50)], { stdio: 'ignore' });
  const proxy = fork(
    path.join(dir, 'bare-proxy.js'),
    [`http://127.0.0.1:${portBase + 50}`, String(portBase + 51)],
    { stdio: 'ignore' },
  );
  try {
    await Promise.all(
      [reader, proxy].map((child) => new Promise((resolve) => child.once('message', resolve))),
    );
    return await measureLoad(`http://127.0.0.1:${portBase + 51}/api/products/${productId}`);
  } finally {
    reader.kill();
    proxy.kill();
    fs.rmSync(copy, { force: true });
  }
}
