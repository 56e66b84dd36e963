// One trace as a waterfall: a row per span, indented under its parent, its bar on the time line.
import type { OpsTrace } from '../../api/ops-api.ts';
import { formatMs } from '../../format/ops-numbers.ts';
import { waterfallRows } from './waterfall-rows.ts';

/** The waterfall of `trace`. */
export function Waterfall({ trace }: { trace: OpsTrace }) {
  return (
    <figure class="waterfall">
      <figcaption>
        Trace <code>{trace.traceId}</code>: {trace.rootName}, {formatMs(trace.durationMs)}
      </figcaption>
      <ol aria-label={`Waterfall of trace ${trace.traceId}`}>
        {waterfallRows(trace.spans).map(({ span, depth, offsetPercent, widthPercent }) => (
          <li key={span.spanId} class={span.status === 'error' ? 'span span-error' : 'span'}>
            <span class="span-label" style={{ paddingLeft: `${Math.min(depth, 8) * 0.6}rem` }}>
              <strong>{span.service}</strong> {span.name}{' '}
              <span class="muted">
                {formatMs(span.durationMs)}
                {span.status === 'error' ? ', failed' : ''}
              </span>
            </span>
            <span class="span-track" aria-hidden="true">
              <span class="span-bar" style={{ left: `${offsetPercent}%`, width: `${widthPercent}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
