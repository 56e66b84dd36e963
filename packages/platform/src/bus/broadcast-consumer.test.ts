// A broadcast delivery is handled in a `<name> process` consumer span that continues the trace its
// message headers carry (or its envelope, when the headers were lost).
import { randomUUID } from 'node:crypto';
import { SpanKind, SpanStatusCode, trace, type SpanContext } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import Type from 'typebox';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineEvent, type EventEnvelope } from '@bazaar/contracts/events';
import { createLogger } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { startInMemoryTracing } from '../tracing/in-memory-tracing.js';
import { createBroadcastConsumer } from './broadcast-consumer.js';
import { createBusMetrics } from './bus-metrics.js';
import type { BroadcastSubscription } from './bus-types.js';

const exporter = startInMemoryTracing();
const statusChanged = defineEvent({
  type: 'tracing.order.status-changed',
  version: 1,
  data: Type.Object({ orderId: Type.String() }),
  examples: [{ orderId: 'o-1' }],
});

const publishTraceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const writerTraceparent = '00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01';

function envelope(): EventEnvelope {
  const id = randomUUID();
  return {
    id,
    type: statusChanged.type,
    version: statusChanged.version,
    source: 'tracing',
    time: new Date().toISOString(),
    correlationId: id,
    causationId: null,
    traceparent: writerTraceparent,
    data: { orderId: 'o-1' },
  };
}

describe('a broadcast delivery', () => {
  let handledIn: SpanContext | undefined;
  let failWith: Error | undefined;
  let metrics: ReturnType<typeof createBusMetrics>;
  let consume: ReturnType<typeof createBroadcastConsumer>;

  beforeEach(() => {
    handledIn = undefined;
    failWith = undefined;
    exporter.reset();
    const subscription: BroadcastSubscription = {
      name: 'tracing.live-orders',
      events: [statusChanged],
      handle: async () => {
        handledIn = trace.getActiveSpan()?.spanContext();
        if (failWith) throw failWith;
      },
    };
    const registry = createMetricsRegistry({ service: 'tracing', instance: 'tracing-1' });
    metrics = createBusMetrics(registry, {
      outboxBacklog: async () => ({ count: 0, oldestAgeSeconds: 0 }),
      deadLetterDepths: async () => ({}),
    });
    const logger = createLogger({ service: 'tracing', level: 'silent' });
    consume = createBroadcastConsumer(subscription, logger, metrics);
  });

  const processSpan = () =>
    exporter.getFinishedSpans().find((span) => span.name === 'tracing.live-orders process') as ReadableSpan;

  it('is handled in a consumer span whose parent is the publish span of the message headers', async () => {
    const event = envelope();
    await consume(JSON.stringify(event), { traceparent: publishTraceparent });

    const span = processSpan();
    expect(span.kind).toBe(SpanKind.CONSUMER);
    expect(span.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(span.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(span.attributes).toMatchObject({
      'messaging.operation.type': 'process',
      'messaging.destination.name': 'tracing.live-orders',
      'messaging.message.id': event.id,
      'bazaar.event_type': statusChanged.type,
      'bazaar.order_id': 'o-1',
    });
    expect(span.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(handledIn?.spanId).toBe(span.spanContext().spanId);
    expect((await metrics.handled.get()).values).toMatchObject([{ value: 1 }]);
  });

  it("continues the envelope's trace when the headers carry none", async () => {
    await consume(JSON.stringify(envelope()));

    expect(processSpan().parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
  });

  it('marks the span failed when the handler throws, and still settles the delivery', async () => {
    failWith = new Error('no browser listening');
    await expect(consume(JSON.stringify(envelope()), { traceparent: publishTraceparent })).resolves.toBe(
      undefined,
    );

    expect(processSpan().status).toEqual({ code: SpanStatusCode.ERROR, message: 'no browser listening' });
    expect((await metrics.failed.get()).values).toMatchObject([{ value: 1 }]);
  });
});
