// GET /api/ops/breakers: the breaker every caller holds for every callee replica, from the
// callers' circuit_breaker_state gauges; when several replicas of a caller hold one for the same
// callee replica, the worst state is shown (open, then half-open, then closed).
import type { OpsBreaker } from '@bazaar/contracts/gateway';
import type { Snapshot } from './metrics-history.js';

const severity = { closed: 0, 'half-open': 1, open: 2 } as const;
type BreakerState = keyof typeof severity;

/** The breakers in the newest snapshot, one per caller and callee replica, sorted. */
export function readBreakers(history: readonly Snapshot[]): OpsBreaker[] {
  const breakers = new Map<string, OpsBreaker>();
  for (const scrape of history.at(-1)?.scrapes ?? []) {
    for (const sample of scrape.samples) {
      const { callee, replica, state } = sample.labels;
      if (sample.name !== 'circuit_breaker_state' || sample.value !== 1 || !callee || !replica) continue;
      if (!(state && state in severity)) continue;
      const key = `${scrape.service} ${replica}`;
      const known = breakers.get(key);
      if (known && severity[known.state] >= severity[state as BreakerState]) continue;
      breakers.set(key, {
        from: scrape.service,
        to: callee,
        instance: replica,
        state: state as BreakerState,
      });
    }
  }
  return [...breakers.values()].sort((a, b) =>
    `${a.from} ${a.instance}`.localeCompare(`${b.from} ${b.instance}`),
  );
}
