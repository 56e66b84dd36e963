// A delivery whose handler could not reach the database is neither acknowledged nor returned to the
// queue (which would spend one of its few delivery attempts and, after an outage of seconds, park
// it): the consumer holds it and tries again until the database answers, so its intake pauses.
import type { Logger } from 'pino';
import type { EventEnvelope } from '@bazaar/contracts/events';
import { isDatabaseUnavailable } from '../data/database-unavailable.js';
import type { ApplyResult } from './inbox-batch.js';
import { backoffDelay, sleep } from './retry-backoff.js';

/** How long a delivery is held for an unreachable database before it fails as any handler would. */
export const databaseOutageHoldMs = 5 * 60_000;

/** Applies the event, and while the database is unreachable holds it and applies it again. */
export async function applyHoldingWhileDatabaseDown(
  apply: (event: EventEnvelope) => Promise<ApplyResult>,
  event: EventEnvelope,
  context: { queue: string; logger: Logger },
): Promise<ApplyResult> {
  const heldSince = Date.now();
  let result = await apply(event);
  for (let tries = 1; isHeldBack(result) && Date.now() - heldSince < databaseOutageHoldMs; tries += 1) {
    if (tries === 1) {
      context.logger.warn(
        { queue: context.queue, eventId: event.id },
        'bus: database unreachable; holding the delivery until it answers',
      );
    }
    await sleep(backoffDelay(tries, 250, 5_000));
    result = await apply(event);
  }
  return result;
}

function isHeldBack(result: ApplyResult): boolean {
  return result.kind === 'failed' && isDatabaseUnavailable(result.error);
}
