import type { Span } from '@bazaar/contracts/routes';
import type { Trace } from '@bazaar/contracts/gateway';

/** Groups spans gathered from every process into traces, newest first, each with its spans in start order. */
export function assembleTraces(spans: readonly Span[]): Trace[] {
  const byTrace = new Map<string, Span[]>();
  for (const span of spans) byTrace.set(span.traceId, [...(byTrace.get(span.traceId) ?? []), span]);
  const traces = [...byTrace.entries()].map(([traceId, members]) => traceOf(traceId, members));
  return traces.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

function traceOf(traceId: string, members: Span[]): Trace {
  const ordered = [...members].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const ids = new Set(ordered.map((span) => span.spanId));
  const root =
    ordered.find((span) => span.parentSpanId === null) ??
    ordered.find((span) => !ids.has(span.parentSpanId ?? ''));
  const start = Math.min(...ordered.map((span) => Date.parse(span.startedAt)));
  const end = Math.max(...ordered.map((span) => Date.parse(span.startedAt) + span.durationMs));
  return {
    traceId,
    rootName: root?.name ?? ordered[0]?.name ?? '',
    startedAt: new Date(start).toISOString(),
    durationMs: end - start,
    services: [...new Set(ordered.map((span) => span.service))],
    spans: ordered.map(({ traceId: _trace, instance: _instance, ...span }) => span),
  };
}
