import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { EventData, EventDefinition, EventEnvelope } from '@bazaar/contracts/events';
import { currentRequestContext } from '../context/request-context.js';
import type { BusTables } from './bus-migrations.js';

/** Optional envelope fields of a published event; correlation and causation default from the request context. */
export interface PublishOptions {
  correlationId?: string;
  causationId?: string | null;
  traceparent?: string;
}

/** Thrown by `publish` when the data does not match the event's schema; nothing is written. */
export class InvalidEventError extends Error {
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`invalid ${type} event: ${problems.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

/** Validates the event and writes it to the outbox inside the caller's transaction. */
export async function writeToOutbox<Definition extends EventDefinition>(
  trx: Transaction<unknown>,
  source: string,
  definition: Definition,
  data: EventData<Definition>,
  options: PublishOptions = {},
): Promise<EventEnvelope<EventData<Definition>>> {
  const problems = definition.problemsWith(data);
  if (problems.length > 0) throw new InvalidEventError(definition.type, problems);
  const envelope = buildEnvelope(source, definition, data, options);
  await (trx as unknown as Transaction<BusTables>)
    .insertInto('bus_outbox')
    .values({
      event_id: envelope.id,
      type: envelope.type,
      envelope: JSON.stringify(envelope),
      created_at: Date.now(),
      sent_at: null,
    })
    .execute();
  return envelope;
}

function buildEnvelope<Data>(
  source: string,
  definition: EventDefinition,
  data: Data,
  options: PublishOptions,
): EventEnvelope<Data> {
  const context = currentRequestContext();
  const id = randomUUID();
  return {
    id,
    type: definition.type,
    version: definition.version,
    source,
    time: new Date().toISOString(),
    correlationId: options.correlationId ?? context?.correlationId ?? id,
    causationId: options.causationId !== undefined ? options.causationId : (context?.requestId ?? null),
    ...(options.traceparent ? { traceparent: options.traceparent } : {}),
    data,
  };
}
