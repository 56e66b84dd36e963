import type { Logger } from 'pino';
import { envelopeProblems, type EventEnvelope } from '@bazaar/contracts/events';
import type { Database } from '../data/database.js';
import type { BusMetrics } from './bus-metrics.js';
import type { Delivery, DeliveryOutcome, Subscription } from './bus-types.js';
import { applyHoldingWhileDatabaseDown } from './hold-while-database-down.js';
import { backoffDelay } from './retry-backoff.js';
import { InboxBatcher, inboxBatchLimits, type ConflictObserver } from './inbox-batch.js';
import { inConsumeSpan } from '../tracing/bus-spans.js';
import { provenanceProblem, type ProvenanceCheck } from './event-provenance.js';

/** Hooks for fault tests: called between the handler's commit and the acknowledgement. */
export interface BusFaultHooks {
  afterHandlerCommit?(event: EventEnvelope): void;
}

/** What a subscription's consumer needs. */
export interface InboxConsumerDeps<Schema> {
  database: Database<Schema>;
  subscription: Subscription<Schema>;
  deliveryLimit: number;
  retryBaseMs: number;
  logger: Logger;
  metrics: BusMetrics;
  hooks: BusFaultHooks;
  /** Refuses an event its type's owner did not send (ADR 0030); unset: not checked. */
  checkProvenance?: ProvenanceCheck | undefined;
}

/** Builds the function that validates a delivery, applies it once through the inbox, and says what to do with it. */
export function createInboxConsumer<Schema>(deps: InboxConsumerDeps<Schema>) {
  const { subscription, metrics } = deps;
  const queue = subscription.queue;
  const limits = inboxBatchLimits(deps.database.engine);
  const batcher = new InboxBatcher(deps.database, subscription, limits, conflictObserver(deps));
  return async (delivery: Delivery): Promise<DeliveryOutcome> => {
    const parsed = parseDelivery(delivery.body, subscription);
    if ('reason' in parsed) {
      metrics.deadLettered.inc({ queue, type: 'invalid' });
      deps.logger.error({ queue, reason: parsed.reason }, 'bus: invalid event dead-lettered');
      return { kind: 'dead', reason: parsed.reason };
    }
    const event = parsed.event;
    const labels = { queue, type: event.type };
    const forged = provenanceProblem(deps.checkProvenance, event, delivery);
    if (forged) {
      metrics.deadLettered.inc(labels);
      const fields = { queue, eventId: event.id, type: event.type, source: event.source, reason: forged };
      deps.logger.error(fields, 'bus: event not sent by its owner dead-lettered');
      return { kind: 'dead', reason: forged };
    }
    if (delivery.attempt > 1) metrics.redelivered.inc(labels);
    const applied = () =>
      applyHoldingWhileDatabaseDown((e) => batcher.apply(e), event, { queue, logger: deps.logger });
    const result = await inConsumeSpan(queue, event, delivery.headers, applied, (r) => r.kind === 'failed');
    if (result.kind !== 'failed') {
      if (result.kind === 'applied') deps.hooks.afterHandlerCommit?.(event);
      metrics.handled.inc(labels);
      metrics.consumerLag.observe({ queue }, Math.max(0, Date.now() - Date.parse(event.time)) / 1000);
      return { kind: 'ack' };
    }
    return failureOutcome(deps, event, delivery.attempt, result.error);
  };
}

/** Counts each conflict with another transaction; deadlocks and serialization failures are logged at warn. */
function conflictObserver<Schema>(deps: InboxConsumerDeps<Schema>): ConflictObserver {
  const queue = deps.subscription.queue;
  return {
    conflicted: (event, conflict, error) => {
      const labels = { queue, type: event.type };
      if (conflict === 'lock_wait') return void deps.metrics.batchSplits.inc(labels);
      deps.metrics.conflicts.inc({ ...labels, conflict });
      const fields = { err: error, queue, type: event.type, eventId: event.id, conflict };
      deps.logger.warn(
        fields,
        'bus: handler lost to another transaction (deadlock or serialization failure)',
      );
    },
  };
}

/** A handler (or its batch's commit) failed: retry with backoff, or park it after the delivery limit. */
function failureOutcome<Schema>(
  deps: InboxConsumerDeps<Schema>,
  event: EventEnvelope,
  attempt: number,
  error: unknown,
): DeliveryOutcome {
  const queue = deps.subscription.queue;
  const labels = { queue, type: event.type };
  deps.metrics.failed.inc(labels);
  const message = error instanceof Error ? error.message : String(error);
  deps.logger.warn({ err: error, queue, eventId: event.id, attempt }, 'bus: handler failed');
  if (attempt >= deps.deliveryLimit) {
    deps.metrics.deadLettered.inc(labels);
    return { kind: 'dead', reason: `handler failed ${attempt} times; last error: ${message}` };
  }
  return { kind: 'retry', delayMs: backoffDelay(attempt, deps.retryBaseMs, 30_000), error: message };
}

/** Parses and validates a delivery against the subscription's declared events. */
export function parseDelivery(
  body: string,
  subscription: Pick<Subscription<unknown>, 'queue' | 'events'>,
): { event: EventEnvelope } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { reason: 'invalid event: body is not JSON' };
  }
  const problems = envelopeProblems(value);
  if (problems.length > 0) return { reason: `invalid event envelope: ${problems.join('; ')}` };
  const event = value as EventEnvelope;
  const definition = subscription.events.find((candidate) => candidate.type === event.type);
  if (!definition)
    return { reason: `invalid event: ${subscription.queue} does not subscribe to ${event.type}` };
  if (definition.version !== event.version) {
    return {
      reason: `invalid event: ${event.type} v${event.version} is not the subscribed v${definition.version}`,
    };
  }
  const dataProblems = definition.problemsWith(event.data);
  if (dataProblems.length > 0) return { reason: `invalid ${event.type} event: ${dataProblems.join('; ')}` };
  return { event };
}
