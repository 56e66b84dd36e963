// One process of the saga floor (argv: its role, the place as JSON). Each role consumes the hops
// whose queue it owns: commits its row, acks, publishes the next hop with confirm. The orders role
// also starts the chains, open loop, when the driver asks, and times each to its last commit.
import { performance } from 'node:perf_hooks';
import { consumerOf, sagaHops, type FloorPlace, type FloorRole } from './saga-floor-hops.js';
import { openAmqpFloor } from './saga-floor-amqp.js';
import { openSqliteFloor } from './saga-floor-sqlite.js';

const role = process.argv[2] as FloorRole;
const place = JSON.parse(process.argv[3] ?? '{}') as FloorPlace;
const transport =
  place.kind === 'embedded'
    ? openSqliteFloor(role, place.dir)
    : await openAmqpFloor(place.busUrl, place.databaseUrls[role]);

/** The chains of the run in progress: when each started, and how long each took to its last commit. */
let run = { started: new Map<number, number>(), took: new Map<number, number>() };
let nextChain = 1;

for (const [index, hop] of sagaHops.entries()) {
  if (consumerOf(hop) !== role) continue;
  const next = sagaHops[index + 1];
  await transport.consume(hop, async (chain, ack) => {
    await transport.commit(chain, hop.event);
    const finishedAt = performance.now();
    ack();
    if (next) return transport.publish(next, chain);
    const startedAt = run.started.get(chain);
    if (startedAt !== undefined) run.took.set(chain, finishedAt - startedAt);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (done: () => boolean, deadline: number) => {
  while (!done() && performance.now() < deadline) await sleep(5);
};

/** Starts `rate` chains a second for `seconds`; counts those done within 3 s of the last start. */
async function openLoop(rate: number, seconds: number): Promise<{ offered: number; latencies: number[] }> {
  const offered = Math.round(rate * seconds);
  const current = (run = { started: new Map(), took: new Map() });
  const first = sagaHops[0]!;
  const begin = performance.now();
  for (let i = 0; i < offered; i++) {
    await sleep(Math.max(0, begin + (i * 1000) / rate - performance.now()));
    const chain = nextChain++;
    current.started.set(chain, performance.now());
    void transport.commit(chain, 'checkout').then(() => transport.publish(first, chain));
  }
  await until(() => current.took.size === offered, performance.now() + 3000);
  const latencies = [...current.took.values()];
  // the stragglers finish before the next rate starts, so they do not load it
  await until(() => current.took.size === offered, performance.now() + 30_000);
  return { offered, latencies };
}

if (role === 'orders') {
  process.on('message', (message: { rate: number; seconds: number }) => {
    void openLoop(message.rate, message.seconds).then((result) => process.send?.(result));
  });
}
process.send?.('ready');
