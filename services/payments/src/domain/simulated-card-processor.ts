import type { CardBehaviour } from './card-number.js';

/** What the processor said about a charge. */
export type ChargeOutcome = { approved: true } | { approved: false; declineCode: string };

/** Thrown when the processor could not answer this time; asking again may succeed. */
export class TransientProcessorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientProcessorError';
  }
}

/** The card processor payments charges through; the order id is its idempotency key. */
export interface CardProcessor {
  charge(request: { orderId: string; behaviour: CardBehaviour; amountCents: number }): Promise<ChargeOutcome>;
}

/**
 * A simulated processor. Like a real one it answers a repeated charge for the same order with the
 * first answer (idempotency key = order id), and the processing-error card fails the first attempt
 * for an order. It keeps that memory in this process only.
 */
export function createSimulatedCardProcessor(): CardProcessor {
  const attempts = new Map<string, number>();
  const answers = new Map<string, ChargeOutcome>();
  return {
    async charge({ orderId, behaviour }) {
      const known = answers.get(orderId);
      if (known) return known;
      const attempt = (attempts.get(orderId) ?? 0) + 1;
      attempts.set(orderId, attempt);
      if (behaviour === 'processing_error' && attempt === 1) {
        throw new TransientProcessorError(`processor unavailable for order ${orderId}; try again`);
      }
      const outcome = outcomeOf(behaviour);
      answers.set(orderId, outcome);
      return outcome;
    },
  };
}

function outcomeOf(behaviour: CardBehaviour): ChargeOutcome {
  if (behaviour === 'decline') return { approved: false, declineCode: 'card_declined' };
  if (behaviour === 'insufficient_funds') return { approved: false, declineCode: 'insufficient_funds' };
  return { approved: true };
}
