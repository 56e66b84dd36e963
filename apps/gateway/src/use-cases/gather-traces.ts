import type { Span } from '@bazaar/contracts/routes';
import type { Trace } from '@bazaar/contracts/gateway';
import { newestTraceIds } from '@bazaar/platform';
import { assembleTraces } from './assemble-traces.js';

/** What one process is asked for: given traces, or its newest ones (with an order or a user). */
export interface SpanSelection {
  traceIds?: string;
  orderId?: string;
  userId?: string;
  limit: number;
}

/** Reads one process's spans; a process that does not answer reads as none. */
export type SpanReader = (selection: SpanSelection) => Promise<Span[]>;

/** What the ops console searches by. */
export interface TraceSearch {
  traceId?: string | undefined;
  orderId?: string | undefined;
  userId?: string | undefined;
  /** Only traces that took at least this long (a slow request's). */
  minDurationMs?: number | undefined;
  limit: number;
}

/** How many of the newest traces are looked at when only the slow ones are wanted. */
const slowSearchWindow = 100;

/**
 * Finds traces across every process: first the newest traces that match (a span with the order
 * or user may live in one process only), then every process's spans of those traces; with
 * `minDurationMs`, the slow ones among the newest hundred.
 */
export async function gatherTraces(readers: readonly SpanReader[], search: TraceSearch): Promise<Trace[]> {
  const { limit, minDurationMs } = search;
  const candidates = minDurationMs === undefined ? limit : Math.max(limit, slowSearchWindow);
  const readAll = async (selection: SpanSelection) =>
    (await Promise.all(readers.map((read) => read(selection).catch(() => [])))).flat();
  let traceIds = search.traceId ? [search.traceId] : undefined;
  if (!traceIds) {
    const filters = { ...pick(search, 'orderId'), ...pick(search, 'userId') };
    traceIds = newestTraceIds(await readAll({ ...filters, limit: candidates }), candidates);
    if (traceIds.length === 0) return [];
  }
  const traces = assembleTraces(await readAll({ traceIds: traceIds.join(','), limit: candidates }));
  return traces.filter((trace) => trace.durationMs >= (minDurationMs ?? 0)).slice(0, limit);
}

function pick(search: TraceSearch, key: 'orderId' | 'userId'): Partial<SpanSelection> {
  const value = search[key];
  return value === undefined ? {} : { [key]: value };
}
