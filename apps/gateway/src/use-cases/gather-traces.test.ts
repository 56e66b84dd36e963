import { describe, expect, it } from 'vitest';
import type { Span } from '@bazaar/contracts/routes';
import { gatherTraces, type SpanReader, type SpanSelection } from './gather-traces.js';

const span = (
  traceId: string,
  spanId: string,
  parentSpanId: string | null,
  service: string,
  at: number,
  attributes = {},
): Span => ({
  traceId,
  spanId,
  parentSpanId,
  service,
  instance: `${service}-1`,
  name: `${service} work`,
  kind: 'internal',
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, at)).toISOString(),
  durationMs: 10,
  status: 'ok',
  attributes,
});
const t1 = 'a'.repeat(32);
const t2 = 'b'.repeat(32);
const gateway = [span(t1, 'g1', null, 'gateway', 0), span(t2, 'g2', null, 'gateway', 500)];
const orders = [
  span(t1, 'o1', 'g1', 'orders', 5, { 'bazaar.order_id': 'o-1' }),
  span(t2, 'o2', 'g2', 'orders', 505),
];

/** A process holding these spans, answering as /internal/spans does. */
function processWith(spans: Span[], asked: SpanSelection[] = []): SpanReader {
  return async (selection) => {
    asked.push(selection);
    const ids = selection.traceIds?.split(',');
    const matching = spans.filter(
      (s) => !selection.orderId || s.attributes['bazaar.order_id'] === selection.orderId,
    );
    const wanted = new Set(ids ?? matching.map((s) => s.traceId));
    return spans.filter((s) => wanted.has(s.traceId));
  };
}

describe('gathering traces from every process', () => {
  it('joins the spans of one trace from every process, finding it by an attribute only one process has', async () => {
    const [trace, ...more] = await gatherTraces([processWith(gateway), processWith(orders)], {
      orderId: 'o-1',
      limit: 20,
    });
    expect(more).toEqual([]);
    expect(trace).toMatchObject({
      traceId: t1,
      rootName: 'gateway work',
      services: ['gateway', 'orders'],
      durationMs: 15,
      startedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(trace?.spans.map((s) => s.spanId)).toEqual(['g1', 'o1']);
  });

  it('lists the newest traces first, up to the limit, and a process that fails reads as none', async () => {
    const failing: SpanReader = async () => {
      throw new Error('down');
    };
    const newest = await gatherTraces([processWith(gateway), processWith(orders), failing], { limit: 1 });
    expect(newest.map((trace) => trace.traceId)).toEqual([t2]);
    const both = await gatherTraces([processWith(gateway), processWith(orders)], { limit: 20 });
    expect(both.map((trace) => trace.traceId)).toEqual([t2, t1]);
  });

  it('finds the slow traces among the newest, leaving the fast ones out', async () => {
    const slowRoot = { ...span(t1, 'g1', null, 'gateway', 0), durationMs: 900 };
    const spans = [slowRoot, gateway[1]!];
    const slow = await gatherTraces([processWith(spans), processWith(orders)], {
      minDurationMs: 500,
      limit: 1,
    });
    expect(slow.map((trace) => [trace.traceId, trace.durationMs])).toEqual([[t1, 900]]);
    const none = await gatherTraces([processWith(spans)], { minDurationMs: 1_000, limit: 20 });
    expect(none).toEqual([]);
  });

  it('asks for a trace by id in one round', async () => {
    const asked: SpanSelection[] = [];
    const [trace] = await gatherTraces([processWith(orders, asked)], { traceId: t1, limit: 20 });
    expect(trace?.services).toEqual(['orders']);
    expect(asked).toEqual([{ traceIds: t1, limit: 20 }]);
  });
});
