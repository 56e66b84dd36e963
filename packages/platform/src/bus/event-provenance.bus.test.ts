// On both transports: an event whose sender cannot prove it owns the event's type is dead-lettered
// with the reason and never applied; the owner's own events are applied, also after a replay.
import Type from 'typebox';
import { Registry } from 'prom-client';
import { pino } from 'pino';
import type { JWK } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineEvent } from '@bazaar/contracts/events';
import { generateServiceKeyRing, publicServiceKeys } from '../auth/service-keys.js';
import { openDatabase, type Database } from '../data/database.js';
import { busMigrations, type BusTables } from './bus-migrations.js';
import { createBus, type Bus } from './create-bus.js';
import type { BusProvenance } from './provenance-config.js';
import { createTestBed, transportsUnderTest, waitFor, type TestBed } from '../../test/bus-test-bed.js';

const PaymentSettled = defineEvent({
  type: 'test.payment.settled',
  version: 1,
  data: Type.Object({ orderId: Type.String(), failing: Type.Optional(Type.Boolean()) }),
  examples: [{ orderId: 'o-1' }],
});
const processes = ['payer', 'intruder', 'consumer'];
const owners = new Map([[PaymentSettled.type, 'payer']]);
const ring = await generateServiceKeyRing(processes);
const publicKeys = publicServiceKeys(ring);

/** What a process of the test proves itself with: `signWith` null sends unsigned events. */
function provenanceOf(signWith: string | null): BusProvenance {
  const serviceKey: JWK | undefined = signWith ? ring[signWith] : undefined;
  return { owners, processes, publicKeys, serviceKey };
}

interface Peer {
  bus: Bus<BusTables>;
  database: Database<BusTables>;
}

describe.each(transportsUnderTest())('events that prove their source over $name', (transport) => {
  let bed: TestBed;
  let peers: Peer[] = [];
  let applied: string[] = [];
  let isFixed = true;

  async function openPeer(service: string, signWith: string | null, subscribe = false): Promise<Peer> {
    // a database (and outbox) of its own: peers that share a service name must not relay each other's rows
    const name = `${service}-${peers.length}`;
    const database = await openDatabase<BusTables>({ service: name, dataDir: bed.dataDir }, busMigrations);
    const { tuning } = bed.config(service);
    const bus = createBus<BusTables>({
      service,
      busUrl: transport.busUrl ?? undefined,
      dataDir: bed.dataDir,
      database,
      logger: pino({ level: 'silent' }),
      metricsRegistry: new Registry(),
      ...(tuning ? { tuning } : {}),
      provenance: provenanceOf(signWith),
    });
    if (subscribe) {
      bus.subscribe({
        queue: bed.queue,
        events: [PaymentSettled],
        handle: async (event) => {
          if (event.data.failing && !isFixed) throw new Error('the handler is broken for now');
          applied.push(event.data.orderId);
        },
      });
    }
    await bus.start();
    const peer = { bus, database };
    peers.push(peer);
    return peer;
  }

  const publish = (peer: Peer, orderId: string, failing = false) =>
    peer.database.transaction((trx) => peer.bus.publish(trx, PaymentSettled, { orderId, failing }));

  beforeEach(async (context) => {
    if (!transport.available) return context.skip();
    bed = createTestBed(transport);
    peers = [];
    applied = [];
    isFixed = true;
  });

  afterEach(async () => {
    if (!transport.available) return;
    for (const peer of peers.reverse()) await peer.bus.stop();
    for (const peer of peers) await peer.database.close();
    await bed.cleanup();
  });

  it('dead-letters an event of a type its sender does not own and applies the owner’s', async () => {
    const consumer = await openPeer('consumer', 'consumer', true);
    // the intruder says it is the payer, but signs with its own key, or not at all
    const withIntruderKey = await openPeer('payer', 'intruder');
    const unsigned = await openPeer('payer', null);
    // the intruder under its own name: the source is not the owner
    const asItself = await openPeer('intruder', 'intruder');
    const payer = await openPeer('payer', 'payer');

    await publish(withIntruderKey, 'forged-with-key');
    await publish(unsigned, 'forged-unsigned');
    await publish(asItself, 'forged-as-itself');
    await publish(payer, 'paid');

    await waitFor('the owner’s event', async () => applied.includes('paid'));
    await waitFor('three dead letters', async () => (await consumer.bus.deadLetters.list()).length === 3);
    expect(applied).toEqual(['paid']);
    const reasons = (await consumer.bus.deadLetters.list()).map((letter) => letter.error).sort();
    expect(reasons).toEqual([
      'forged event: test.payment.settled carries no signature of its owner payer',
      'forged event: test.payment.settled is owned by payer, but its source says intruder',
      "forged event: test.payment.settled's signature does not verify against payer's key",
    ]);
  });

  it('keeps the owner’s signature through the dead-letter queue: a replayed event is applied', async () => {
    isFixed = false;
    const consumer = await openPeer('consumer', 'consumer', true);
    const payer = await openPeer('payer', 'payer');
    await publish(payer, 'failing-at-first', true);
    await waitFor('the dead letter', async () => (await consumer.bus.deadLetters.list()).length === 1);
    const [letter] = await consumer.bus.deadLetters.list();
    expect(letter?.error).toContain('the handler is broken for now');

    isFixed = true;
    await consumer.bus.deadLetters.replay(letter?.id ?? '');
    await waitFor('the replayed event', async () => applied.includes('failing-at-first'));
    expect(await consumer.bus.deadLetters.list()).toEqual([]);
  });
});
