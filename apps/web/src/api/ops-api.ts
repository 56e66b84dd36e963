// The ops console's calls (role admin), shaped as shared/spec/api.md "Operations" says.
import type {
  OpsBreaker,
  OpsEdge,
  OpsQueue,
  OpsService,
  ParkedMessage,
  Trace,
} from '@bazaar/contracts/gateway';

export type { OpsBreaker, OpsEdge };
import { api } from './http.client.ts';

/** One trace with its spans (its schema is the tracing contract's). */
export type OpsTrace = Trace;

/** One span of a trace. */
export type OpsSpan = Trace['spans'][number];

/** What traces are searched by; empty fields are left out. */
export interface TraceQuery {
  traceId?: string;
  orderId?: string;
  userId?: string;
  /** Only traces at least this slow, in milliseconds. */
  minDurationMs?: string;
}

type Items<T> = { items: T[] };
const post = (path: string) => api<unknown>(path, { method: 'POST', body: {} });
const encoded = (id: string) => encodeURIComponent(id);

/** Every call the ops console makes. */
export const ops = {
  services: (signal?: AbortSignal) => api<Items<OpsService>>('/api/ops/services', signal ? { signal } : {}),
  queues: () => api<Items<OpsQueue> & { unavailable: string[] }>('/api/ops/queues'),
  edges: () => api<Items<OpsEdge>>('/api/ops/edges?window=60'),
  breakers: () => api<Items<OpsBreaker>>('/api/ops/breakers'),
  traces: (query: TraceQuery) => {
    const params = new URLSearchParams({ limit: '20' });
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    return api<Items<OpsTrace>>(`/api/ops/traces?${params}`);
  },
  deadLetters: () => api<Items<ParkedMessage> & { unavailable: string[] }>('/api/admin/dead-letters'),
  replay: (id: string) => post(`/api/admin/dead-letters/${encoded(id)}/replay`),
  stop: (instance: string) => post(`/api/ops/instances/${encoded(instance)}/stop`),
  start: (instance: string) => post(`/api/ops/instances/${encoded(instance)}/start`),
};
