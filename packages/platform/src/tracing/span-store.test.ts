import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { TracerProvider } from '@opentelemetry/sdk-trace';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { describe, expect, it } from 'vitest';
import { SpanStore } from './span-store.js';

/** A tracer whose spans land in `store`, as this process's would. */
function tracerInto(store: SpanStore) {
  const resource = resourceFromAttributes({ 'service.name': 'orders', 'service.instance.id': 'orders-2' });
  return new TracerProvider({ resource, spanProcessors: [store] }).getTracer('test');
}

describe('the local span store', () => {
  it('keeps the spans of a trace with their service, instance, parent and attributes', () => {
    const store = new SpanStore(10);
    const tracer = tracerInto(store);
    const root = tracer.startSpan('POST /orders', { attributes: { 'bazaar.order_id': 'o-1' } });
    const child = tracer.startSpan('INSERT', {}, trace.setSpan(ROOT_CONTEXT, root));
    child.end();
    root.end();
    const [first, second] = store.find({ traceIds: [root.spanContext().traceId], limit: 20 });
    expect(first).toMatchObject({
      name: 'INSERT',
      parentSpanId: root.spanContext().spanId,
      kind: 'internal',
    });
    expect(second).toMatchObject({
      name: 'POST /orders',
      service: 'orders',
      instance: 'orders-2',
      parentSpanId: null,
      status: 'ok',
      attributes: { 'bazaar.order_id': 'o-1' },
    });
  });

  it('is bounded: the oldest spans give way to the newest', () => {
    const store = new SpanStore(3);
    const tracer = tracerInto(store);
    for (const name of ['a', 'b', 'c', 'd', 'e']) tracer.startSpan(name).end();
    expect(store.find({ limit: 10 }).map((span) => span.name)).toEqual(['c', 'd', 'e']);
  });

  it('finds the newest traces that carry an order or a user, with all their spans', () => {
    const store = new SpanStore(100);
    const tracer = tracerInto(store);
    const traceOf = (attributes: Record<string, string>, startTime: number) => {
      const root = tracer.startSpan('root', { attributes, startTime });
      tracer.startSpan('step', {}, trace.setSpan(ROOT_CONTEXT, root)).end();
      root.end();
      return root.spanContext().traceId;
    };
    const older = traceOf({ 'bazaar.order_id': 'o-1', 'enduser.id': 'u-1' }, Date.now() - 1000);
    const newer = traceOf({ 'bazaar.order_id': 'o-2', 'enduser.id': 'u-1' }, Date.now());
    const ids = (query: Parameters<SpanStore['find']>[0]) => [
      ...new Set(store.find(query).map((s) => s.traceId)),
    ];
    expect(ids({ orderId: 'o-1', limit: 20 })).toEqual([older]);
    expect(store.find({ orderId: 'o-1', limit: 20 })).toHaveLength(2);
    expect(ids({ userId: 'u-1', limit: 1 })).toEqual([newer]);
    expect(ids({ userId: 'u-9', limit: 20 })).toEqual([]);
  });
});
