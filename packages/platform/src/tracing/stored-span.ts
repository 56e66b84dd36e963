import { SpanKind, SpanStatusCode, type AttributeValue } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import type { Span } from '@bazaar/contracts/routes';

/** One finished span as the local store keeps it and `/internal/spans` serves it. */
export type StoredSpan = Span;

const kinds: Record<SpanKind, StoredSpan['kind']> = {
  [SpanKind.INTERNAL]: 'internal',
  [SpanKind.SERVER]: 'server',
  [SpanKind.CLIENT]: 'client',
  [SpanKind.PRODUCER]: 'producer',
  [SpanKind.CONSUMER]: 'consumer',
};

/** Turns an SDK span into its stored form (times in ms, attributes flattened to scalars). */
export function storedSpanOf(span: ReadableSpan): StoredSpan {
  const context = span.spanContext();
  const resource = span.resource.attributes;
  const startMs = span.startTime[0] * 1000 + span.startTime[1] / 1e6;
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? null,
    service: String(resource['service.name'] ?? 'unknown'),
    instance: String(resource['service.instance.id'] ?? ''),
    name: span.name,
    kind: kinds[span.kind],
    startedAt: new Date(startMs).toISOString(),
    durationMs: span.duration[0] * 1000 + span.duration[1] / 1e6,
    status: span.status.code === SpanStatusCode.ERROR ? 'error' : 'ok',
    attributes: scalarAttributes(span.attributes),
  };
}

function scalarAttributes(attributes: Record<string, AttributeValue | undefined>): StoredSpan['attributes'] {
  const scalars: StoredSpan['attributes'] = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    scalars[key] = Array.isArray(value) ? value.join(',') : (value as string | number | boolean);
  }
  return scalars;
}
