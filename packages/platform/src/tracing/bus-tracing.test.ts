// The outbox keeps the writer's trace context and the transport carries the publish span's
// context in the message headers: a handler in another process continues the writer's trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SpanKind, trace, type SpanContext } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import Type from 'typebox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineEvent } from '@bazaar/contracts/events';
import { createBus, type Bus } from '../bus/create-bus.js';
import { busMigrations, type BusTables } from '../bus/bus-migrations.js';
import { openDatabase, type Database } from '../data/database.js';
import { createLogger } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { waitUntil } from '../testing/wait-until.js';
import { startInMemoryTracing } from './in-memory-tracing.js';

const exporter = startInMemoryTracing();
const orderPlaced = defineEvent({
  type: 'tracing.order.placed',
  version: 1,
  data: Type.Object({ orderId: Type.String() }),
  examples: [{ orderId: 'o-1' }],
});

describe('a published event on the embedded broker', () => {
  let dataDir = '';
  let database: Database<BusTables>;
  let bus: Bus<BusTables>;
  let handledIn: SpanContext | undefined;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bus-tracing-'));
    database = await openDatabase<BusTables>({ service: 'tracing', dataDir }, busMigrations);
    const logger = createLogger({ service: 'tracing', level: 'silent' });
    const metricsRegistry = createMetricsRegistry({ service: 'tracing', instance: 'tracing' });
    bus = createBus({ service: 'tracing', dataDir, database, logger, metricsRegistry });
    bus.subscribe({
      queue: 'tracing.record-orders',
      events: [orderPlaced],
      handle: async () => void (handledIn = trace.getActiveSpan()?.spanContext()),
    });
    await bus.start();
    exporter.reset();
  });
  afterEach(async () => {
    await bus.stop();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is handled in the trace of the request that wrote it: create → publish → process → handle', async () => {
    const request = await trace.getTracer('test').startActiveSpan('POST /orders', async (span) => {
      await database.transaction((trx) => bus.publish(trx, orderPlaced, { orderId: 'o-1' }));
      span.end();
      return span.spanContext();
    });
    await waitUntil(() => exporter.getFinishedSpans().some((span) => span.name.endsWith(' handle')));

    const spans = exporter.getFinishedSpans();
    const named = (name: string) => spans.find((span) => span.name === name) as ReadableSpan;
    const create = named('tracing.order.placed create');
    const publish = named('tracing.order.placed publish');
    const process = named('tracing.record-orders process');
    const handle = named('tracing.order.placed handle');
    expect(create.parentSpanContext?.spanId).toBe(request.spanId);
    expect(publish.parentSpanContext?.spanId).toBe(create.spanContext().spanId);
    // the consumer's parent is the publish span, which only the message headers carried
    expect(process.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
    expect(handle.parentSpanContext?.spanId).toBe(process.spanContext().spanId);
    expect(handledIn?.spanId).toBe(handle.spanContext().spanId);
    for (const span of [create, publish, process, handle]) {
      expect(span.spanContext().traceId).toBe(request.traceId);
      expect(span.attributes['bazaar.order_id'] ?? 'o-1').toBe('o-1');
    }
    expect([create.kind, publish.kind, process.kind]).toEqual([
      SpanKind.PRODUCER,
      SpanKind.PRODUCER,
      SpanKind.CONSUMER,
    ]);
    expect(process.attributes['bazaar.order_id']).toBe('o-1');
  });
});
