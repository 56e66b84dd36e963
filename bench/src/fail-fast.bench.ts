// Issue 12's speed goal: with recommendations or inventory paused (SIGSTOP: connections accepted,
// never answered), the product page answers 200 with that part degraded within 500 ms from the
// first request, on the embedded broker with SQLite and on RabbitMQ with PostgreSQL. The e2e test
// (e2e/fail-fast.e2e.test.ts) proves the behaviour with a bound a busy machine cannot fail; this
// measures the time, with nothing else running, as a benchmark records speed. Beside it: one
// checkout with every orders process paused answers 503 within the checkout deadline.
import { probeServers, prepareIsolatedBackend } from '@bazaar/test-env';
import { call, checkOutCart, session } from './checkout-client.js';
import { recordResult, type BenchRow } from './record-result.js';
import { runnerProcesses, startShopRunner, stopRunner } from './system-process.js';

const pagesPerPause = 8;
const goalMs = 500;
const checkoutDeadlineMs = 6_000; // the gateway's default CHECKOUT_DEADLINE_MS
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Times the first product pages with each optional dependency paused, on each backend. */
export async function failFastBench(): Promise<void> {
  const rows = await measureBackend('embedded + SQLite', {});
  const servers = await probeServers();
  if (servers.postgresUrl && servers.amqpUrl) {
    const backend = await prepareIsolatedBackend({
      postgresUrl: servers.postgresUrl,
      amqpUrl: servers.amqpUrl,
    });
    try {
      rows.push(...(await measureBackend('RabbitMQ + PostgreSQL', backend.env)));
    } finally {
      await backend.cleanup();
    }
  }
  const pages = rows.filter((row) => 'degradedPages' in row);
  const checkouts = rows.filter((row) => 'status' in row);
  const worstPage = Math.max(...pages.map((row) => Number(row.maxMs)));
  const worstCheckout = Math.max(...checkouts.map((row) => Number(row.maxMs)));
  const allDegraded = pages.every((row) => row.degradedPages === pagesPerPause);
  const all503 = checkouts.every((row) => row.status === 503);
  recordResult({
    bench: 'fail-fast',
    goal:
      `product page 200 with the paused part degraded within ${goalMs} ms from the first request (${pagesPerPause} pages in a row per pause); ` +
      `checkout 503 within its ${checkoutDeadlineMs} ms deadline with orders paused`,
    rows,
    verdict:
      `slowest degraded page ${worstPage} ms (goal ${goalMs} ms)${allDegraded ? '' : ', NOT every page degraded'}; ` +
      `checkout with orders paused ${all503 ? '503' : 'NOT 503'} in at most ${worstCheckout} ms (goal ${checkoutDeadlineMs} ms)`,
  });
}

async function measureBackend(backend: string, env: Record<string, string>): Promise<BenchRow[]> {
  const system = await startShopRunner(18480, 18500, env);
  try {
    const listed = await call<{ items: Array<{ id: string }> }>(`${system.baseUrl}/api/products?pageSize=1`);
    const productId = listed.body.items[0]?.id ?? '';
    const rows: BenchRow[] = [];
    for (const [service, part] of [
      ['recommendations', 'recommendations'],
      ['inventory', 'availability'],
    ] as const) {
      const page = () => timedPage(`${system.baseUrl}/api/products/${productId}`);
      await untilWhole(page);
      const pids = pidsOf(system.dataDir, service);
      const times: number[] = [];
      let degradedPages = 0;
      pids.forEach((pid) => process.kill(pid, 'SIGSTOP'));
      try {
        for (let n = 0; n < pagesPerPause; n++) {
          const answer = await page();
          times.push(answer.ms);
          if (answer.status === 200 && answer.degraded.includes(part)) degradedPages++;
        }
      } finally {
        pids.forEach((pid) => process.kill(pid, 'SIGCONT'));
      }
      rows.push({
        name: `${backend}: ${service} paused, ${pagesPerPause} product pages in a row`,
        degradedPages,
        firstMs: times[0] ?? null,
        maxMs: Math.max(...times),
        goalMs,
        allMs: times.join(' '),
      });
    }
    rows.push(await checkoutWithOrdersPaused(backend, system, productId));
    return rows;
  } finally {
    await stopRunner(system.child);
  }
}

/** One checkout while every orders process is paused: the gateway's deadline must answer it. */
async function checkoutWithOrdersPaused(
  backend: string,
  system: { baseUrl: string; dataDir: string },
  productId: string,
): Promise<BenchRow> {
  const headers = await session(system.baseUrl);
  await call(`${system.baseUrl}/api/cart/items`, { body: { productId, quantity: 1 }, headers });
  const pids = pidsOf(system.dataDir, 'orders');
  pids.forEach((pid) => process.kill(pid, 'SIGSTOP'));
  const started = performance.now();
  try {
    const answer = await checkOutCart(system.baseUrl, headers);
    return {
      name: `${backend}: orders paused, one checkout (cart filled before)`,
      status: answer.status,
      code: answer.body?.code ?? null,
      maxMs: Math.round(performance.now() - started),
      goalMs: checkoutDeadlineMs,
    };
  } finally {
    pids.forEach((pid) => process.kill(pid, 'SIGCONT'));
  }
}

function pidsOf(dataDir: string, service: string): number[] {
  return runnerProcesses(dataDir)
    .filter((process) => process.name === service)
    .map((process) => process.pid);
}

async function timedPage(url: string) {
  const started = performance.now();
  const answer = await call<{ degraded?: string[] }>(url);
  return {
    status: answer.status,
    degraded: answer.body?.degraded ?? [],
    ms: Math.round(performance.now() - started),
  };
}

/** Waits until the page is whole (every breaker closed again), so each pause starts from a healthy system. */
async function untilWhole(page: () => ReturnType<typeof timedPage>): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const answer = await page();
    if (answer.status === 200 && answer.degraded.length === 0) return;
    await sleep(500);
  }
  throw new Error('the product page did not become whole within 60 s');
}
