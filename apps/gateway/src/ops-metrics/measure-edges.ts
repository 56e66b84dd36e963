// GET /api/ops/edges: every edge of the declared service graph with what flowed over it in the
// window. HTTP edges are measured at the caller (its service client's metrics), event edges at the
// consumer (its bus metrics, by queue and event type), joined with who publishes each type.
import type { OpsEdge } from '@bazaar/contracts/gateway';
import type { SystemDeclaration } from '@bazaar/system';
import { histogramQuantile } from './histogram-quantile.js';
import type { InstanceIncrease } from './metrics-history.js';
import type { Sample } from './metrics-text.js';

interface DeclaredEdge {
  from: string;
  to: string;
  kind: 'http' | 'event';
  /** The consumer's queues and the event types of this edge on each (event edges). */
  queues: { queue: string; types: string[] }[];
}

/** Every edge of the declaration with its rate, error ratio and p99 from the instances' increases. */
export function measureEdges(system: SystemDeclaration, increases: readonly InstanceIncrease[]): OpsEdge[] {
  return declaredEdges(system).map((edge) => {
    const measured = increases.filter(
      (instance) => instance.service === (edge.kind === 'http' ? edge.from : edge.to),
    );
    const figures =
      edge.kind === 'http' ? httpFigures(edge.to, measured) : eventFigures(edge.queues, measured);
    const p99 = histogramQuantile(0.99, figures.buckets);
    return {
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      ratePerSecond: round(
        measured.reduce((sum, instance) => sum + figures.countOf(instance) / instance.seconds, 0),
      ),
      errorRatio: figures.total > 0 ? round(figures.failed / figures.total) : 0,
      p99Ms: p99 === null ? null : round(p99 * 1000),
    };
  });
}

function declaredEdges(system: SystemDeclaration): DeclaredEdge[] {
  const http = system.processes.flatMap((spec) =>
    spec.calls.map((callee) => ({ from: spec.name, to: callee, kind: 'http' as const, queues: [] })),
  );
  const events = system.processes.flatMap((publisher) =>
    system.processes.flatMap((consumer) => {
      const queues = [...consumer.consumes, ...consumer.broadcasts]
        .map(({ queue, events: types }) => ({
          queue,
          types: types.filter((t) => publisher.publishes.includes(t)),
        }))
        .filter((entry) => entry.types.length > 0);
      return queues.length > 0
        ? [{ from: publisher.name, to: consumer.name, kind: 'event' as const, queues }]
        : [];
    }),
  );
  return [...http, ...events];
}

function httpFigures(callee: string, measured: readonly InstanceIncrease[]) {
  const ofCallee = (labels: Sample['labels']) => labels.callee === callee;
  const countOf = (instance: InstanceIncrease) => instance.increase('http_client_requests_total', ofCallee);
  return {
    countOf,
    total: sum(measured.map(countOf)),
    failed: sum(
      measured.map((instance) =>
        instance.increase(
          'http_client_requests_total',
          (labels) => ofCallee(labels) && /^5/.test(labels.status ?? ''),
        ),
      ),
    ),
    buckets: bucketsOf(measured, 'http_client_request_duration_seconds_bucket', ofCallee),
  };
}

function eventFigures(queues: DeclaredEdge['queues'], measured: readonly InstanceIncrease[]) {
  const ofEdge = (labels: Sample['labels']) =>
    queues.some((entry) => entry.queue === labels.queue && entry.types.includes(labels.type ?? ''));
  const handled = (instance: InstanceIncrease) => instance.increase('bus_events_handled_total', ofEdge);
  const failedOf = (instance: InstanceIncrease) => instance.increase('bus_events_failed_total', ofEdge);
  const failed = sum(measured.map(failedOf));
  // The lag histogram is per queue, not per type: a queue bound to several publishers' types shares it.
  const ofQueue = (labels: Sample['labels']) => queues.some((entry) => entry.queue === labels.queue);
  return {
    countOf: (instance: InstanceIncrease) => handled(instance) + failedOf(instance),
    total: sum(measured.map(handled)) + failed,
    failed,
    buckets: bucketsOf(measured, 'bus_consumer_lag_seconds_bucket', ofQueue),
  };
}

function bucketsOf(
  measured: readonly InstanceIncrease[],
  name: string,
  matches: (labels: Sample['labels']) => boolean,
) {
  const buckets = new Map<number, number>();
  for (const instance of measured) {
    for (const [le, count] of instance.increaseBy(name, 'le', matches)) {
      const bound = le === '+Inf' ? Infinity : Number(le);
      buckets.set(bound, (buckets.get(bound) ?? 0) + count);
    }
  }
  return buckets;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
