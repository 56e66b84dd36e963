// What every bus test needs: the transports to run on, an isolated bed per test (own data folder,
// own RabbitMQ exchange and queue names), polling until a condition holds, and child processes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import { inject } from 'vitest';
import type { FixtureConfig, FixtureService } from './fixtures/fixture-service.mjs';

/** One transport a suite runs on, and whether it is reachable in this run. */
export interface TransportUnderTest {
  name: 'embedded' | 'rabbitmq';
  busUrl: string | null;
  available: boolean;
}

/** Embedded always; RabbitMQ when the global setup found it. */
export function transportsUnderTest(): TransportUnderTest[] {
  const amqpUrl = inject('servers').amqpUrl;
  return [
    { name: 'embedded', busUrl: null, available: true },
    { name: 'rabbitmq', busUrl: amqpUrl, available: amqpUrl !== null },
  ];
}

/** An isolated place for one test: its data folder, exchange and queue names. */
export interface TestBed {
  dataDir: string;
  queue: string;
  config(service: string, extra?: Partial<FixtureConfig>): FixtureConfig;
  cleanup(): Promise<void>;
}

/** Fast test tuning: short leases, quick retries, a low delivery limit. */
export const testTuning = {
  leaseMs: 1500,
  sweepIntervalMs: 500,
  retryBaseMs: 20,
  deliveryLimit: 3,
  idleIntervalMs: 500,
};

/** Makes a fresh bed; RabbitMQ names are unique so parallel files never see each other's events. */
export function createTestBed(transport: TransportUnderTest): TestBed {
  const unique = randomBytes(4).toString('hex');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-bus-'));
  const exchange = `test-${unique}.events`;
  const queue = `t${unique}.record-things`;
  return {
    dataDir,
    queue,
    config: (service, extra = {}) => ({
      service,
      dataDir,
      busUrl: transport.busUrl,
      ...extra,
      tuning: { ...testTuning, exchange, ...extra.tuning },
    }),
    cleanup: async () => {
      if (transport.busUrl) await deleteTopology(transport.busUrl, exchange, queue);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function deleteTopology(url: string, exchange: string, queue: string): Promise<void> {
  const connection = await amqp.connect(url);
  const channel = await connection.createChannel();
  for (const name of [queue, `${queue}.dlq`]) await channel.deleteQueue(name);
  for (const name of [exchange, `${exchange}.dlx`]) await channel.deleteExchange(name);
  await connection.close();
}

/** Polls until `condition` holds; throws with `what` after the timeout. */
export async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every effect a consumer applied, by event number. */
export async function appliedEffects(
  service: FixtureService,
): Promise<{ n: number; handled_by: string; correlation_id: string }[]> {
  return service.database.db
    .selectFrom('effects')
    .select(['n', 'handled_by', 'correlation_id'])
    .orderBy('n')
    .execute();
}

/** How many effects a consumer applied so far. */
export async function effectCount(service: FixtureService): Promise<number> {
  const row = await service.database.db
    .selectFrom('effects')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** How many times each event number was applied. */
export function countByNumber(effects: { n: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { n } of effects) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

/** A fixture script running as its own process. */
export interface FixtureProcess {
  child: ChildProcess;
  /** Resolves when the script prints `ready`. */
  ready: Promise<void>;
  /** Resolves with the exit code or the signal that ended it. */
  exited: Promise<string>;
}

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Starts `fixtures/<script>` with `node` (it imports the built @bazaar/platform). */
export function spawnFixture(script: string, config: Record<string, unknown>): FixtureProcess {
  const child = spawn(process.execPath, [path.join(fixturesDir, script)], {
    env: { ...process.env, FIXTURE_CONFIG: JSON.stringify(config), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    void exited.then((how) => reject(new Error(`${script} ended before ready: ${how}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, exited };
}
