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

/** A kept span: what it is found by, and the span itself as one JSON string. */
interface KeptSpan {
  traceId: string;
  startedAt: string;
  orderId: unknown;
  userId: unknown;
  json: string;
}

/**
 * The bounded local span store: a ring buffer of the last `capacity` finished spans of this
 * process, used when no OTLP endpoint is configured. It is a span processor, so the SDK hands it
 * every span as it ends; the oldest spans are overwritten. Each span is kept as one string (with
 * the fields it is found by), not an object tree: a full ring of span objects held the gateway
 * 47 MB higher and gave the garbage collector 10,000 graphs to trace.
 */
export class SpanStore implements SpanProcessor {
  private readonly ring: (KeptSpan | undefined)[];
  private next = 0;

  constructor(readonly capacity = 10_000) {
    this.ring = new Array<KeptSpan | undefined>(capacity);
  }

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    const stored = storedSpanOf(span);
    this.ring[this.next] = {
      traceId: stored.traceId,
      startedAt: stored.startedAt,
      orderId: stored.attributes[searchAttributes.orderId],
      userId: stored.attributes[searchAttributes.userId],
      json: JSON.stringify(stored),
    };
    this.next = (this.next + 1) % this.capacity;
  }

  /** The spans of the traces the query selects, in the order they ended. */
  find(query: SpanQuery): StoredSpan[] {
    const spans = this.spans();
    const wanted = query.traceIds ? new Set(query.traceIds) : this.matchingTraces(spans, query);
    return spans
      .filter((span) => wanted.has(span.traceId))
      .map((span) => JSON.parse(span.json) as StoredSpan);
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}

  private spans(): KeptSpan[] {
    const ordered = [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return ordered.filter((span): span is KeptSpan => span !== undefined);
  }

  private matchingTraces(spans: KeptSpan[], query: SpanQuery): Set<string> {
    const matching = spans.filter((span) => matches(span, query));
    return new Set(newestTraceIds(matching, query.limit));
  }
}

function matches(span: KeptSpan, query: SpanQuery): boolean {
  if (query.orderId !== undefined && span.orderId !== query.orderId) return false;
  if (query.userId !== undefined && span.userId !== query.userId) return false;
  return true;
}
