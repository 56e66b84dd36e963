// Every caller's circuit breakers; an open or half-open one is listed first.
import { ops } from '../../api/ops-api.ts';
import { usePolling } from '../../hooks/use-polling.ts';
import { PanelState } from './panel-state.tsx';
import { refreshMs } from './refresh.ts';

const order = { open: 0, 'half-open': 1, closed: 2 } as const;

/** The breakers list. */
export function BreakersPanel() {
  const breakers = usePolling(() => ops.breakers(), refreshMs);
  const items = [...(breakers.data?.items ?? [])].sort((a, b) => order[a.state] - order[b.state]);
  return (
    <section aria-labelledby="ops-breakers">
      <h2 id="ops-breakers">Circuit breakers</h2>
      <PanelState what="the breakers" data={breakers.data} error={breakers.error} />
      {breakers.data && items.length === 0 && <p class="muted">No calls made yet, so no breakers.</p>}
      {items.length > 0 && (
        <ul class="breakers" aria-label="Circuit breakers">
          {items.map((breaker) => (
            <li key={`${breaker.instance}:${breaker.from}:${breaker.to}`}>
              <span class={`badge badge-${breaker.state}`}>{breaker.state}</span> {breaker.from} →{' '}
              {breaker.to} <span class="muted">({breaker.instance})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
