// Recent traces, found by trace id, order id, user id or slowness; the chosen one as a waterfall.
import { useState } from 'preact/hooks';
import { ops, type OpsTrace, type TraceQuery } from '../../api/ops-api.ts';
import { formatMs } from '../../format/ops-numbers.ts';
import { usePolling } from '../../hooks/use-polling.ts';
import { PanelState } from './panel-state.tsx';
import { refreshMs } from './refresh.ts';
import { Waterfall } from './waterfall.tsx';

const fields = [
  ['traceId', 'Trace id'],
  ['orderId', 'Order id'],
  ['userId', 'User id'],
  ['minDurationMs', 'Slower than (ms)'],
] as const;

/** The trace search, the list of traces found, and the waterfall of the one chosen. */
export function TracesPanel() {
  const [query, setQuery] = useState<TraceQuery>({});
  const [chosen, setChosen] = useState<string | null>(null);
  const traces = usePolling(() => ops.traces(query), refreshMs, [
    query.traceId,
    query.orderId,
    query.userId,
    query.minDurationMs,
  ]);
  const search = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => form.get(name)?.toString().trim() ?? '';
    setQuery(Object.fromEntries(fields.map(([name]) => [name, value(name)])));
    setChosen(null);
  };
  const items = traces.data?.items ?? [];
  const shown: OpsTrace | undefined =
    items.find((trace) => trace.traceId === chosen) ?? (chosen ? undefined : items[0]);
  return (
    <section aria-labelledby="ops-traces">
      <h2 id="ops-traces">Traces</h2>
      <form class="trace-search" role="search" aria-label="Find traces" onSubmit={search}>
        {fields.map(([name, label]) => (
          <label key={name}>
            {label}
            {name === 'minDurationMs' ? (
              <input name={name} type="number" min={0} autoComplete="off" />
            ) : (
              <input name={name} type="text" autoComplete="off" />
            )}
          </label>
        ))}
        <button type="submit" class="button">
          Find traces
        </button>
      </form>
      <PanelState what="the traces" data={traces.data} error={traces.error} />
      {traces.data && items.length === 0 && <p class="muted">No trace matches yet.</p>}
      {items.length > 0 && (
        <ul class="traces" aria-label="Traces found">
          {items.map((trace) => (
            <li key={trace.traceId}>
              <button
                type="button"
                class="link"
                aria-pressed={trace.traceId === shown?.traceId}
                onClick={() => setChosen(trace.traceId)}
              >
                {trace.rootName}
              </button>{' '}
              <span class="muted">
                {formatMs(trace.durationMs)} · {trace.spans.length} spans · {trace.services.join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {shown && <Waterfall trace={shown} />}
    </section>
  );
}
