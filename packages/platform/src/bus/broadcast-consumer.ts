import type { Logger } from 'pino';
import type { BusMetrics } from './bus-metrics.js';
import type { BroadcastSubscription } from './bus-types.js';
import { parseDelivery } from './inbox-consumer.js';
import { provenanceProblem, type ProvenanceCheck } from './event-provenance.js';
import { runInRequestContext } from '../context/request-context.js';
import { inConsumeSpan } from '../tracing/bus-spans.js';

/**
 * Builds the function that validates a broadcast delivery and hands it to the subscription's
 * handler, in a `<name> process` consumer span under the trace context of the message headers (or
 * of the envelope when the transport kept none). It always settles the delivery: a broadcast
 * queue lives only as long as its process, so there is nothing to retry into and no dead-letter
 * queue; a failure is logged, counted and marks the span failed.
 */
export function createBroadcastConsumer(
  subscription: BroadcastSubscription,
  logger: Logger,
  metrics: BusMetrics,
  checkProvenance?: ProvenanceCheck,
): (body: string, headers?: Readonly<Record<string, unknown>>) => Promise<void> {
  const queue = subscription.name;
  return async (body, headers) => {
    const parsed = parseDelivery(body, { queue, events: subscription.events });
    if ('reason' in parsed) {
      metrics.failed.inc({ queue, type: 'invalid' });
      logger.error({ queue, reason: parsed.reason }, 'bus: invalid broadcast event dropped');
      return;
    }
    const event = parsed.event;
    const forged = provenanceProblem(checkProvenance, event, { body, headers });
    if (forged) {
      metrics.failed.inc({ queue, type: event.type });
      logger.error(
        { queue, eventId: event.id, type: event.type, reason: forged },
        'bus: forged broadcast event dropped',
      );
      return;
    }
    try {
      const context = { requestId: event.id, correlationId: event.correlationId };
      const handled = () => runInRequestContext(context, async () => subscription.handle(event as never));
      await inConsumeSpan(queue, event, headers, handled, () => false);
      metrics.handled.inc({ queue, type: event.type });
    } catch (error) {
      metrics.failed.inc({ queue, type: event.type });
      logger.warn({ err: error, queue, eventId: event.id }, 'bus: broadcast handler failed; event dropped');
    }
  };
}
