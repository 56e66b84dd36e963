import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Bus } from '@bazaar/platform';
import { PaymentFailed, PaymentSucceeded } from '@bazaar/contracts/payments';
import type { PaymentRequested } from '@bazaar/contracts/orders';
import { findCardToken } from '../data/card-tokens.repository.js';
import { findPaymentOfOrder, insertPayment } from '../data/payments.repository.js';
import type { CardTokensTable, PaymentsSchema, PaymentsTable } from '../data/payments-schema.js';
import type { CardProcessor, ChargeOutcome } from '../domain/simulated-card-processor.js';

/** What charging an order needs around its transaction. */
export interface ChargeCollaborators {
  bus: Bus<PaymentsSchema>;
  processor: CardProcessor;
}

type Failure = { reason: 'payment_declined' | 'expired'; declineCode?: string };

/**
 * Charges an order's token at most once: an order that already has a payment row is left alone,
 * an expired request fails without charging, and the outcome is published in the same transaction.
 * A transient processor error is thrown, so the bus redelivers the request.
 */
export async function chargeOrder(
  trx: Transaction<PaymentsSchema>,
  { bus, processor }: ChargeCollaborators,
  request: PaymentRequested,
): Promise<void> {
  if (await findPaymentOfOrder(trx, request.orderId)) return;
  const token = await findCardToken(trx, request.paymentToken);
  if (Date.now() > Date.parse(request.expiresAt)) {
    return recordFailure(trx, bus, request, token, { reason: 'expired' });
  }
  if (!token || token.user_id !== request.userId) {
    return recordFailure(trx, bus, request, token, {
      reason: 'payment_declined',
      declineCode: 'invalid_token',
    });
  }
  const outcome: ChargeOutcome = await processor.charge({
    orderId: request.orderId,
    behaviour: token.behaviour,
    amountCents: request.amount.amount,
  });
  if (!outcome.approved) {
    const failure = { reason: 'payment_declined' as const, declineCode: outcome.declineCode };
    return recordFailure(trx, bus, request, token, failure);
  }
  const payment = paymentRow(request, token, 'captured');
  await insertPayment(trx, payment);
  await bus.publish(trx, PaymentSucceeded, {
    orderId: request.orderId,
    paymentId: payment.id,
    amount: request.amount,
    brand: token.brand,
    last4: token.last4,
    capturedAt: payment.captured_at ?? payment.created_at,
  });
}

async function recordFailure(
  trx: Transaction<PaymentsSchema>,
  bus: Bus<PaymentsSchema>,
  request: PaymentRequested,
  token: CardTokensTable | undefined,
  failure: Failure,
): Promise<void> {
  const payment = paymentRow(request, token, 'failed');
  payment.failure_reason = failure.reason;
  payment.decline_code = failure.declineCode ?? null;
  await insertPayment(trx, payment);
  await bus.publish(trx, PaymentFailed, {
    orderId: request.orderId,
    ...failure,
    failedAt: payment.created_at,
  });
}

function paymentRow(
  request: PaymentRequested,
  token: CardTokensTable | undefined,
  status: 'captured' | 'failed',
): PaymentsTable {
  const now = new Date().toISOString();
  return {
    id: `pay_${randomBytes(12).toString('hex')}`,
    order_id: request.orderId,
    user_id: request.userId,
    token_id: request.paymentToken,
    status,
    amount_cents: request.amount.amount,
    currency: request.amount.currency,
    brand: token?.brand ?? 'unknown',
    last4: token?.last4 ?? '0000',
    failure_reason: null,
    decline_code: null,
    created_at: now,
    captured_at: status === 'captured' ? now : null,
    refund_id: null,
    refunded_at: null,
  };
}
