import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace';
import { newestTraceIds } from './newest-traces.js';
import { storedSpanOf, type StoredSpan } from './stored-span.js';

/** What the store is asked for: given traces, or the newest traces (with a given order or user). */
export interface SpanQuery {
  traceIds?: readonly string[] | undefined;
  orderId?: string | undefined;
  userId?: string | undefined;
  /** At most this many traces (newest first by their first local span). */
  limit: number;
}

/** The span attributes a trace is found by (agreed across the ops console). */
export const searchAttributes = { orderId: 'bazaar.order_id', userId: 'enduser.id' } as const;

/**
 * The bounded local span store: a ring buffer of the last `capacity` finished spans of this
 * process, used when no OTLP endpoint is configured. It is a span processor, so the SDK hands it
 * every span as it ends; the oldest spans are overwritten.
 */
export class SpanStore implements SpanProcessor {
  private readonly ring: (StoredSpan | undefined)[];
  private next = 0;

  constructor(readonly capacity = 10_000) {
    this.ring = new Array<StoredSpan | undefined>(capacity);
  }

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    this.ring[this.next] = storedSpanOf(span);
    this.next = (this.next + 1) % this.capacity;
  }

  /** The spans of the traces the query selects, in the order they ended. */
  find(query: SpanQuery): StoredSpan[] {
    const spans = this.spans();
    const wanted = query.traceIds ? new Set(query.traceIds) : this.matchingTraces(spans, query);
    return spans.filter((span) => wanted.has(span.traceId));
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}

  private spans(): StoredSpan[] {
    const ordered = [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return ordered.filter((span): span is StoredSpan => span !== undefined);
  }

  private matchingTraces(spans: StoredSpan[], query: SpanQuery): Set<string> {
    const matching = spans.filter((span) => matches(span, query));
    return new Set(newestTraceIds(matching, query.limit));
  }
}

function matches(span: StoredSpan, query: SpanQuery): boolean {
  if (query.orderId !== undefined && span.attributes[searchAttributes.orderId] !== query.orderId)
    return false;
  if (query.userId !== undefined && span.attributes[searchAttributes.userId] !== query.userId) return false;
  return true;
}
