// The physical floor of the checkout saga on this machine: three processes as deployed (orders,
// inventory, payments), each with its own database, pass a message along the saga's four hops from
// checkout to paid, each hop a commit then a publish with broker confirm, the consumer committing
// before it acks — raw amqplib and pg, or raw better-sqlite3 files and doorbells, nothing of the kit.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { prepareIsolatedBackend } from '@bazaar/test-env';
import type { FloorPlace, FloorRole } from './baseline/saga-floor-hops.js';
import type { CheckoutLoadResult } from './checkout-load.js';
import { nextMessage, stopped } from './child-process.js';
import { isSustained, summariseOpenLoop } from './open-loop-summary.js';

const roleFile = fileURLToPath(new URL('./baseline/saga-floor-role.js', import.meta.url));
const roles: FloorRole[] = ['orders', 'inventory', 'payments'];

/** A place for the floor and how to remove it afterwards. */
export interface SagaFloorPlace {
  place: FloorPlace;
  cleanup(): Promise<void>;
}

/** A fresh folder for the embedded floor's files. */
export async function embeddedFloorPlace(): Promise<SagaFloorPlace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-saga-floor-'));
  return {
    place: { kind: 'embedded', dir },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A vhost and a database per role of their own, as the shop's run gets (tools/test-env). */
export async function rabbitFloorPlace(servers: {
  postgresUrl: string;
  amqpUrl: string;
}): Promise<SagaFloorPlace> {
  const backend = await prepareIsolatedBackend(servers);
  const databaseUrls = Object.fromEntries(
    roles.map((role) => [role, backend.env[`${role.toUpperCase()}_DATABASE_URL`] ?? '']),
  ) as Record<FloorRole, string>;
  const admin = new pg.Client({ connectionString: servers.postgresUrl });
  await admin.connect();
  try {
    for (const url of Object.values(databaseUrls))
      await admin.query(`create database "${new URL(url).pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  const busUrl = backend.env.BUS_URL ?? '';
  return { place: { kind: 'rabbitmq', busUrl, databaseUrls }, cleanup: backend.cleanup };
}

/**
 * Drives the floor open loop at each rate, lowest first, after a second's warm-up; stops at the
 * first rate it does not sustain once it has passed `mustReach`. Each result is of chains to paid.
 */
export async function measureSagaFloor(
  place: FloorPlace,
  rates: number[],
  seconds: number,
  mustReach: number,
): Promise<Array<{ rate: number; result: CheckoutLoadResult }>> {
  const children = roles.map((role) =>
    fork(roleFile, [role, JSON.stringify(place)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
  );
  try {
    await Promise.all(children.map(nextMessage));
    const orders = children[0]!;
    const run = async (rate: number, runSeconds: number) => {
      orders.send({ rate, seconds: runSeconds });
      const { offered, latencies } = (await nextMessage(orders)) as { offered: number; latencies: number[] };
      return summariseOpenLoop(latencies, offered, runSeconds, 1);
    };
    const ascending = [...new Set(rates)].sort((a, b) => a - b);
    await run(ascending[0] ?? 1, 1);
    const measured: Array<{ rate: number; result: CheckoutLoadResult }> = [];
    for (const rate of ascending) {
      const result = await run(rate, seconds);
      measured.push({ rate, result });
      if (!isSustained(result, rate) && rate >= mustReach) break;
    }
    return measured;
  } finally {
    await Promise.all(children.map(stopped));
  }
}
