// Caller-side metrics of every dependency edge: what each service client of this process sent,
// how long it took, and the state of its breakers and bulkhead. Service clients are made deep in
// a service's code, far from its registry, so they record into one process-wide set of metrics
// that every registry of the process exposes (each with its own service and instance labels).
import { Counter, Gauge, Histogram, type Metric, type Registry } from 'prom-client';
import { httpLatencyBuckets } from './latency-buckets.js';

/** What a client shows of its breakers and bulkhead on each scrape. */
export interface ClientResilienceView {
  readonly callee: string;
  /** Breaker state per callee replica, in the order of the client's base URLs. */
  breakerStates(): readonly ('closed' | 'open' | 'half-open' | 'isolated')[];
  bulkhead(): { inUse: number; queued: number };
}

const liveClients = new Set<ClientResilienceView>();
const registers: Registry[] = [];
const breakerStateNames = ['closed', 'open', 'half-open'] as const;

const requests = new Counter({
  name: 'http_client_requests_total',
  help: 'Calls to a dependency, by callee, method, declared route and final status (503 when none reached)',
  labelNames: ['callee', 'method', 'route', 'status'] as const,
  registers,
});
const duration = new Histogram({
  name: 'http_client_request_duration_seconds',
  help: 'Latency of calls to a dependency as the caller saw it (retries included), by callee, method and route',
  labelNames: ['callee', 'method', 'route'] as const,
  buckets: httpLatencyBuckets,
  registers,
});

const breakerState = new Gauge({
  name: 'circuit_breaker_state',
  help: 'Breaker of each callee replica: 1 for its current state, 0 for the others',
  labelNames: ['callee', 'replica', 'state'] as const,
  registers,
  collect() {
    this.reset();
    for (const client of liveClients) {
      client.breakerStates().forEach((current, index) => {
        const replica = `${client.callee}-${index}`;
        for (const state of breakerStateNames)
          this.set({ callee: client.callee, replica, state }, current === state ? 1 : 0);
      });
    }
  },
});
const bulkheadInUse = bulkheadGauge(
  'bulkhead_in_use',
  'Calls to a callee in flight now (its bulkhead slots taken)',
  'inUse',
);
const bulkheadQueued = bulkheadGauge(
  'bulkhead_queued',
  'Calls to a callee waiting for a bulkhead slot now',
  'queued',
);

function bulkheadGauge(name: string, help: string, part: 'inUse' | 'queued') {
  return new Gauge({
    name,
    help,
    labelNames: ['callee'] as const,
    registers,
    collect() {
      this.reset();
      for (const client of liveClients) this.inc({ callee: client.callee }, client.bulkhead()[part]);
    },
  });
}

const edgeMetrics: Metric[] = [requests, duration, breakerState, bulkheadInUse, bulkheadQueued];

/** Starts timing one call to `callee`; the returned function records it with its final status. */
export function startClientCall(callee: string, method: string, route: string): (status: number) => void {
  const stopTimer = duration.startTimer({ callee, method, route });
  return (status) => {
    stopTimer();
    requests.inc({ callee, method, route, status: String(status) });
  };
}

/** Shows a client's breakers and bulkhead on every scrape until the returned function is called. */
export function watchClient(view: ClientResilienceView): () => void {
  liveClients.add(view);
  return () => liveClients.delete(view);
}

/** Makes a process registry expose the caller-side edge metrics too. */
export function exposeClientMetrics(registry: Registry): void {
  for (const metric of edgeMetrics) registry.registerMetric(metric);
}
