// A trace as waterfall rows: each span under its parent, with its offset and width as a share of
// the whole trace.

/** What the waterfall needs of a span. */
export interface TimedSpan {
  spanId: string;
  parentSpanId?: string | null | undefined;
  startedAt: string;
  durationMs: number;
}

/** One bar of the waterfall. */
export interface WaterfallRow<Span extends TimedSpan> {
  span: Span;
  depth: number;
  /** Where the bar starts and how wide it is, in percent of the trace. */
  offsetPercent: number;
  widthPercent: number;
}

/** The spans depth first (children by start time), placed on the trace's time line. */
export function waterfallRows<Span extends TimedSpan>(spans: readonly Span[]): WaterfallRow<Span>[] {
  const start = Math.min(...spans.map((span) => Date.parse(span.startedAt)));
  const end = Math.max(...spans.map((span) => Date.parse(span.startedAt) + span.durationMs));
  const total = Math.max(end - start, 0.001);
  const ids = new Set(spans.map((span) => span.spanId));
  const childrenOf = new Map<string | null, Span[]>();
  for (const span of spans) {
    // a span whose parent is not in the trace (a lost or foreign parent) is shown as a root
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), span]);
  }
  const rows: WaterfallRow<Span>[] = [];
  const visit = (parent: string | null, depth: number) => {
    const children = [...(childrenOf.get(parent) ?? [])].sort((a, b) =>
      a.startedAt.localeCompare(b.startedAt),
    );
    for (const span of children) {
      const offset = ((Date.parse(span.startedAt) - start) / total) * 100;
      rows.push({
        span,
        depth,
        offsetPercent: offset,
        widthPercent: Math.max((span.durationMs / total) * 100, 0.5),
      });
      visit(span.spanId, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
