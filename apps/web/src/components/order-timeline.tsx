// An order's history as a list of steps with their times.
import type { Order } from '@bazaar/contracts/orders';
import { statusLabel } from '../format/messages.ts';
import { formatDateTime } from '../format/money.ts';

/** The timeline of an order's status changes, oldest first. */
export function OrderTimeline({ order }: { order: Order }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol class="timeline">
        {order.history.map((step) => (
          <li key={`${step.status}-${step.at}`} class={`step step-${step.status}`}>
            <span class="step-name">{statusLabel(step.status)}</span>{' '}
            <time dateTime={step.at} class="muted">
              {formatDateTime(step.at)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
