import type { StoredSpan } from './stored-span.js';

/**
 * The ids of the newest `limit` traces among the spans, by each trace's first span; of two that
 * started in the same millisecond, the one listed last is the newer.
 */
export function newestTraceIds(
  spans: readonly Pick<StoredSpan, 'traceId' | 'startedAt'>[],
  limit: number,
): string[] {
  const firstStart = new Map<string, { startedAt: string; seen: number }>();
  spans.forEach((span, seen) => {
    const known = firstStart.get(span.traceId);
    if (!known || span.startedAt < known.startedAt)
      firstStart.set(span.traceId, { startedAt: span.startedAt, seen });
  });
  return [...firstStart.entries()]
    .sort(([, a], [, b]) => b.startedAt.localeCompare(a.startedAt) || b.seen - a.seen)
    .slice(0, limit)
    .map(([traceId]) => traceId);
}
