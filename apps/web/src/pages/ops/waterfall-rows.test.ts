import { describe, expect, it } from 'vitest';
import { waterfallRows, type TimedSpan } from './waterfall-rows.ts';

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
const span = (
  spanId: string,
  parentSpanId: string | null,
  startMs: number,
  durationMs: number,
): TimedSpan => ({
  spanId,
  parentSpanId,
  startedAt: at(startMs),
  durationMs,
});

describe('the waterfall', () => {
  it('puts each span under its parent, in start order, on the trace time line', () => {
    const spans = [
      span('late', 'root', 50, 50),
      span('root', null, 0, 100),
      span('early', 'root', 10, 20),
      span('lost', 'gone', 0, 0),
    ];
    const rows = waterfallRows(spans).map((row) => [
      row.span.spanId,
      row.depth,
      row.offsetPercent,
      row.widthPercent,
    ]);
    expect(rows).toEqual([
      ['root', 0, 0, 100],
      ['early', 1, 10, 20],
      ['late', 1, 50, 50],
      ['lost', 0, 0, 0.5],
    ]);
  });
});
