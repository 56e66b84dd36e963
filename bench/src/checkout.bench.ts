// Issue "The commerce flow": checkout at a fixed arrival rate (open loop) through the gateway: the
// highest rate of paid orders per second this machine sustains, and p50/p99 from POST /api/checkout
// to paid at half that rate and at 50/s — on the embedded broker and on RabbitMQ with PostgreSQL.
import { probeServers, prepareIsolatedBackend } from '@bazaar/test-env';
import { addAndCheckOut, paidAt, session, stockedProduct } from './checkout-client.js';
import { recordResult, type BenchRow } from './record-result.js';
import { startRunner, stopRunner, waitFor200 } from './system-process.js';

const admin = { email: 'admin@bench.test', password: 'bench-admin-password' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the checkout load on each backend and records the rows. */
export async function checkoutBench(): Promise<void> {
  const servers = await probeServers();
  const rows: BenchRow[] = [...(await measureBackend('embedded + SQLite', {}))];
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
  recordResult({
    bench: 'checkout',
    goal: 'p50 < 50 ms and p99 < 200 ms from checkout to paid at 50 checkouts/s (open loop, 8 s per rate)',
    rows,
    verdict: rows.map((row) => `${row.name}: ${row.paidPerSecond ?? row.p50Ms}`).join('; '),
  });
}

async function measureBackend(name: string, env: Record<string, string>): Promise<BenchRow[]> {
  const system = startRunner({
    port: 18280,
    portBase: 18300,
    env: {
      ...env,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      SHIPPING_STEP_MS: '600000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    },
  });
  try {
    await waitFor200(`${system.baseUrl}/health/system`, 120_000);
    const productId = await stockedProduct(system.baseUrl, await session(system.baseUrl, admin));
    const shoppers = await Promise.all(Array.from({ length: 60 }, () => session(system.baseUrl)));
    const rows: BenchRow[] = [];
    let sustained = 0;
    for (const rate of [25, 50, 100, 150, 200]) {
      const result = await openLoop(system.baseUrl, shoppers, productId, rate, 8);
      rows.push({ name: `${name}: offered ${rate}/s`, ...result });
      if (result.paidPerSecond < rate * 0.95 || (result.p99Ms ?? Infinity) > 2000) break;
      sustained = rate;
    }
    const half = Math.max(5, Math.round(sustained / 2));
    rows.push({
      name: `${name}: at half the sustained rate (${half}/s)`,
      ...(await openLoop(system.baseUrl, shoppers, productId, half, 8)),
    });
    rows.push({ name: `${name}: highest sustained rate`, paidPerSecond: sustained });
    return rows;
  } finally {
    await stopRunner(system.child);
  }
}

/** Starts checkouts at a fixed rate whatever the answers' speed, then measures checkout → paid. */
async function openLoop(
  baseUrl: string,
  shoppers: Record<string, string>[],
  productId: string,
  rate: number,
  seconds: number,
) {
  const started: Array<Promise<{ sentAt: number; headers: Record<string, string>; orderId: string | null }>> =
    [];
  const begin = Date.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = begin + (i * 1000) / rate;
    await sleep(Math.max(0, due - Date.now()));
    const headers = shoppers[i % shoppers.length]!;
    started.push(addAndCheckOut(baseUrl, headers, productId).then((placed) => ({ ...placed, headers })));
  }
  const placed = await Promise.all(started);
  await sleep(3000);
  const latencies: number[] = [];
  for (const { sentAt, headers, orderId } of placed) {
    const at = orderId ? await paidAt(baseUrl, headers, orderId) : null;
    if (at !== null) latencies.push(Math.max(0, at - sentAt));
  }
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? null;
  return {
    offered: rate * seconds,
    paid: latencies.length,
    paidPerSecond: Math.round(latencies.length / seconds),
    p50Ms: pick(0.5),
    p99Ms: pick(0.99),
  };
}
