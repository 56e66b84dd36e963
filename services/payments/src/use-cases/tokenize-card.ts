import { createHmac, randomBytes } from 'node:crypto';
import { validationFailed } from '@bazaar/platform';
import type { CardToken, TokenizeCardBody } from '@bazaar/contracts/payments';
import { insertCardToken } from '../data/card-tokens.repository.js';
import type { PaymentsDb } from '../data/payments-schema.js';
import { behaviourOf, brandOf, hasExpired, isLuhnValid } from '../domain/card-number.js';

/**
 * Turns a card into a token the shopper's order can be charged with later. What is kept is the
 * brand, last four digits, fingerprint and simulated behaviour: never the number or the cvc.
 */
export async function tokenizeCard(
  db: PaymentsDb,
  fingerprintSecret: string,
  userId: string,
  card: TokenizeCardBody,
): Promise<CardToken> {
  refuseUnusableCard(card);
  const token = {
    id: `tok_${randomBytes(12).toString('hex')}`,
    user_id: userId,
    brand: brandOf(card.cardNumber),
    last4: card.cardNumber.slice(-4),
    fingerprint: createHmac('sha256', fingerprintSecret).update(card.cardNumber).digest('hex'),
    behaviour: behaviourOf(card.cardNumber),
    created_at: new Date().toISOString(),
  };
  await insertCardToken(db, token);
  return { token: token.id, brand: token.brand, last4: token.last4, fingerprint: token.fingerprint };
}

function refuseUnusableCard(card: TokenizeCardBody): void {
  if (!isLuhnValid(card.cardNumber)) {
    throw validationFailed([{ field: 'body.cardNumber', message: 'is not a valid card number' }]);
  }
  if (hasExpired(card.expMonth, card.expYear, new Date())) {
    throw validationFailed([{ field: 'body.expYear', message: 'the card has expired' }]);
  }
}
