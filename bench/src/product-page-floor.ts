// The product page's same-shape floor: a bare Fastify gateway making the real page's four upstream
// calls to bare Fastify catalog, inventory and recommendations, each reading a copy of that
// service's SQLite file, one process each as deployed.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nextMessage } from './child-process.js';
import { measureLoad, type LoadResult } from './load.js';
import { measureCpu, type CpuWindow } from './process-cpu.js';

const baselineDir = fileURLToPath(new URL('./baseline/', import.meta.url));
const upstreams = ['catalog', 'inventory', 'recommendations'] as const;

/** The processes on the product page's path, by the names the runner gives them. */
export const productPageProcesses = ['gateway', ...upstreams];

/** A load run over product pages with the CPU their processes spent meanwhile. */
export interface ProductPageRun {
  load: LoadResult;
  cpu: CpuWindow;
}

/**
 * Measures the floor over `productIds` in turn (one path per id): copies the upstreams' SQLite
 * files out of the runner's `dataDir`, forks the bare processes on `port`…`port + 3` (the
 * gateway last), loads the gateway and stops everything.
 */
export async function measureBareProductPage(
  dataDir: string,
  productIds: string[],
  port: number,
): Promise<ProductPageRun> {
  const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-page-floor-'));
  const children: ChildProcess[] = [];
  try {
    const urls = upstreams.map((service, index) => {
      const copy = path.join(floorDir, `${service}.sqlite`);
      fs.copyFileSync(path.join(dataDir, `${service}.sqlite`), copy);
      children.push(
        fork(path.join(baselineDir, `bare-${service}.js`), [copy, String(port + index)], { stdio: 'ignore' }),
      );
      return `http://127.0.0.1:${port + index}`;
    });
    const gatewayPort = port + upstreams.length;
    children.push(
      fork(path.join(baselineDir, 'bare-gateway.js'), [...urls, String(gatewayPort)], { stdio: 'ignore' }),
    );
    await Promise.all(children.map(nextMessage));
    describeProcesses(floorDir, children);
    return await measureProductPages(floorDir, `http://127.0.0.1:${gatewayPort}`, productIds);
  } finally {
    for (const child of children) child.kill();
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
}

/** Loads `/api/products/<id>` for each of `productIds` in turn, reading CPU from the processes in `<dataDir>/runner.json`. */
export async function measureProductPages(
  dataDir: string,
  baseUrl: string,
  productIds: string[],
): Promise<ProductPageRun> {
  const paths = productIds.map((id) => `/api/products/${encodeURIComponent(id)}`);
  const { result, window } = await measureCpu(dataDir, () => measureLoad(baseUrl, { paths }));
  return { load: result, cpu: window };
}

/** CPU ms per page of the processes on the path; the window spans warm-up and run, taken at the run's rate. */
export function cpuMsPerPage(run: ProductPageRun): number {
  const spent = productPageProcesses.reduce((sum, name) => sum + (run.cpu.cpuMsByProcess.get(name) ?? 0), 0);
  const pages = run.load.requestsPerSecond * run.cpu.seconds;
  return pages > 0 ? Math.round((spent / pages) * 100) / 100 : 0;
}

// the floor lists its processes as the runner does, so process-cpu reads them the same way
function describeProcesses(floorDir: string, children: ChildProcess[]): void {
  const names = [...upstreams, 'gateway'];
  const processes = children.map((child, index) => ({
    name: names[index],
    instance: `${names[index]}-0`,
    pid: child.pid,
  }));
  fs.writeFileSync(path.join(floorDir, 'runner.json'), JSON.stringify({ processes }));
}
