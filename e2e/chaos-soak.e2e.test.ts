// The chaos soak: the load generator's fixed-rate shopper mix for SOAK_SECONDS (120 in CI) while a
// random service (never the gateway) is SIGKILLed every 5–10 s and the runner restarts it. Then the
// books: every order acknowledged with 2xx ends paid or cancelled with every step compensated —
// 0 lost, 0 applied twice, 0 oversold, 0 double charges — with the latency quantiles and the time
// until the read models agree again, written to e2e/artifacts/chaos-soak.json and printed.
// It runs on both backends; SOAK_BACKENDS=embedded or SOAK_BACKENDS=rabbitmq keeps one.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMix, runLoad, type LoadReport } from '@bazaar/load';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { fetchJson } from './support/http.js';
import { auditLedger, productIds, stockLevels, storedOrder, type StockLevel } from './support/soak-ledger.js';
import { fastShopSettings, signIn, type Shopper } from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';

const soakSeconds = Number(process.env.SOAK_SECONDS ?? 120);
const seed = Number(process.env.SOAK_SEED ?? 20_261_202);
const backends = [embeddedBackend, rabbitPostgresBackend()].filter(
  (backend) =>
    !process.env.SOAK_BACKENDS ||
    process.env.SOAK_BACKENDS === 'both' ||
    (process.env.SOAK_BACKENDS === 'embedded') === (backend === embeddedBackend),
);
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** A small seeded generator (mulberry32), so the kill schedule of a run can be replayed from its seed. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

for (const backend of backends) {
  describe.skipIf(!backend.available)(`the chaos soak on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let admin: Shopper;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({ env: { ...fastShopSettings, ...prepared.env } });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    /**
     * Once `started` resolves (the mix is running: signups are setup, not the soak), SIGKILLs a random
     * non-gateway service every 5–10 s until `done` settles; returns what it killed.
     */
    const killUntil = async (started: Promise<void>, done: Promise<unknown>, random: () => number) => {
      const killed: string[] = [];
      let finished = false;
      const finish = () => void (finished = true);
      done.then(finish, finish);
      await Promise.race([
        started,
        done.then(
          () => undefined,
          () => undefined,
        ),
      ]);
      while (!finished) {
        const pause = new Promise((resolve) => setTimeout(resolve, 5_000 + random() * 5_000));
        await Promise.race([done.catch(() => undefined), pause]);
        if (finished) break;
        const services = (await system.pids()).processes.filter(
          (child) => child.name !== 'gateway' && child.pid,
        );
        const victim = services[Math.floor(random() * services.length)];
        if (!victim?.pid) continue;
        try {
          process.kill(victim.pid, 'SIGKILL');
          killed.push(victim.name);
        } catch {
          // it had just exited; the runner is restarting it
        }
      }
      return killed;
    };

    /** The last disagreements between search and inventory, for the failure message. */
    let disagreements = 'not compared yet';
    /** Whether search shows every product in stock exactly when inventory has some available. */
    const readModelsAgree = async (ids: string[], stock: Map<string, StockLevel>) => {
      // every page search has (not just as many products as there are ids: it may know more)
      const shown = new Map<string, boolean | null>();
      for (let page = 1, total = 1; shown.size < total; page += 1) {
        const answer = await fetchJson<{
          items: Array<{ id: string; inStock: boolean | null }>;
          total: number;
        }>(`${system.baseUrl}/api/search?pageSize=100&page=${page}`);
        if (answer.status !== 200 || answer.body.items.length === 0) {
          disagreements = `search answered ${answer.status} with ${shown.size} of ${total} products`;
          return false;
        }
        total = answer.body.total;
        for (const item of answer.body.items) shown.set(item.id, item.inStock);
      }
      const differing = ids.filter((id) => shown.get(id) !== (stock.get(id)?.available ?? 0) > 0);
      disagreements = differing
        .slice(0, 5)
        .map((id) => `${id}: search ${String(shown.get(id))}, inventory ${JSON.stringify(stock.get(id))}`)
        .join('; ');
      return differing.length === 0;
    };

    it(
      `keeps every invariant through ${soakSeconds} s of load and SIGKILLs`,
      async () => {
        const ids = await productIds(system);
        // inventory learns the demo catalog from catalog's events: wait until it knows every product
        const before = await eventually(() => stockLevels(admin, ids).catch(() => false as const), {
          timeoutMs: 60_000,
          intervalMs: 1_000,
          what: 'inventory tracking every product of the catalog',
        });
        const accepted: string[] = [];
        let firstAccepted = () => undefined as void;
        const started = new Promise<void>((resolve) => (firstAccepted = resolve));
        const random = seededRandom(seed);
        const load = runLoad(
          {
            rate: 8,
            durationSeconds: soakSeconds,
            target: new URL(system.baseUrl),
            mix: { ...defaultMix, checkout: 15 },
            json: true,
            allowRemote: false,
            shoppers: 12,
            drainSeconds: 20,
            timeoutSeconds: 10,
            help: false,
          },
          {
            progress: () => undefined,
            orderAccepted: (id) => {
              accepted.push(id);
              firstAccepted();
            },
          },
          random,
        );
        const killed = await killUntil(started, load, random);
        const report: LoadReport = await load;
        const loadEnded = Date.now();
        const orders = await eventually(
          async () => {
            const found = await Promise.all(accepted.map((id) => storedOrder(system, admin, id)));
            const settling = found.some(
              (order) => order && !['delivered', 'cancelled'].includes(order.status),
            );
            return settling ? false : found;
          },
          { timeoutMs: 180_000, intervalMs: 1_000, what: 'every accepted order delivered or cancelled' },
        );
        const after = await eventually(
          async () => {
            const levels = await stockLevels(admin, ids);
            return [...levels.values()].every((level) => level.reserved === 0) && levels;
          },
          { timeoutMs: 60_000, intervalMs: 1_000, what: 'no stock left reserved' },
        );
        await eventually(() => readModelsAgree(ids, after), {
          timeoutMs: 60_000,
          intervalMs: 500,
          get what() {
            return `search agreeing with inventory (differing: ${disagreements})`;
          },
        });
        const convergedMs = Date.now() - loadEnded;
        const findings = await auditLedger(system, admin, orders, before, after);
        const summary = {
          backend: backend.name,
          seed,
          soakSeconds,
          killed: { count: killed.length, services: killed },
          operations: {
            requests: report.total.requests,
            errors: report.total.errors,
            checkoutsAccepted: accepted.length,
          },
          findings,
          latencyMs: report.total.latencyMs,
          latencyMsByStep: Object.fromEntries(
            Object.entries(report.steps).map(([step, stats]) => [step, stats?.latencyMs]),
          ),
          timeToConvergeMs: convergedMs,
        };
        await mkdir(artifacts, { recursive: true });
        const file = `${artifacts}chaos-soak-${backend === embeddedBackend ? 'embedded' : 'rabbitmq-postgres'}.json`;
        await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
        console.info(`chaos soak (${file}):\n${JSON.stringify(summary, null, 2)}`);
        expect(killed.length).toBeGreaterThanOrEqual(Math.floor(soakSeconds / 10));
        expect(accepted.length).toBeGreaterThan(0);
        expect(findings).toMatchObject({
          lost: 0,
          doubleCharges: 0,
          uncompensated: 0,
          oversold: 0,
          stockMismatches: 0,
        });
      },
      (soakSeconds + 360) * 1000,
    );
  });
}
