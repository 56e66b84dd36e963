import { createHash } from 'node:crypto';
import type { ServiceResponse } from '@bazaar/platform';
import type { PublicCheckoutBody } from '@bazaar/contracts/gateway';
import { orderRoutes } from '@bazaar/contracts/orders';
import { paymentRoutes } from '@bazaar/contracts/payments';
import type { Upstreams } from '../upstreams.js';

/**
 * Checks out the signed-in shopper's cart: payments turns the card into a token (so no card
 * number reaches orders), then orders places the order under the idempotency key. The request's
 * fingerprint — shipping address and the card's fingerprint, never its number — lets orders tell
 * a retry of the same request from another request reusing the key.
 */
export async function checkOut(
  upstreams: Upstreams,
  idempotencyKey: string,
  request: PublicCheckoutBody,
): Promise<ServiceResponse> {
  const tokenized = await upstreams.payments.call(paymentRoutes.tokenizeCard, { body: request.payment });
  if (tokenized.status !== 201) return tokenized;
  const { token, brand, last4, fingerprint } = tokenized.body;
  const requestFingerprint = fingerprintOf({
    shippingAddress: request.shippingAddress,
    card: { fingerprint, expMonth: request.payment.expMonth, expYear: request.payment.expYear },
  });
  return upstreams.orders.call(orderRoutes.checkOut, {
    body: {
      idempotencyKey,
      requestFingerprint,
      shippingAddress: request.shippingAddress,
      payment: { token, brand, last4 },
    },
  });
}

/** SHA-256 of the value as canonical JSON (keys sorted), so equal requests hash equal. */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
