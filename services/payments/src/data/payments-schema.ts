import type { Database } from '@bazaar/platform';
import type { Kysely } from 'kysely';
import type { CardBrand } from '@bazaar/contracts/payments';
import type { CardBehaviour } from '../domain/card-number.js';

/** A row of `card_tokens`: what may be kept of a card. Never its number or its cvc. */
export interface CardTokensTable {
  id: string;
  user_id: string;
  brand: CardBrand;
  last4: string;
  fingerprint: string;
  behaviour: CardBehaviour;
  created_at: string;
}

/** Where one order's payment ended: captured (then maybe refunded) or failed. */
export type PaymentStatus = 'captured' | 'refunded' | 'failed';

/** A row of `payments`: the one outcome of an order's payment request (order_id is unique). */
export interface PaymentsTable {
  id: string;
  order_id: string;
  user_id: string;
  token_id: string;
  status: PaymentStatus;
  amount_cents: number;
  currency: string;
  brand: CardBrand;
  last4: string;
  failure_reason: string | null;
  decline_code: string | null;
  created_at: string;
  captured_at: string | null;
  refund_id: string | null;
  refunded_at: string | null;
}

/** Payments' tables, as Kysely sees them. */
export interface PaymentsSchema {
  card_tokens: CardTokensTable;
  payments: PaymentsTable;
}

/** Payments' database. */
export type PaymentsDatabase = Database<PaymentsSchema>;

/** A connection or a transaction on payments' database: repositories accept either. */
export type PaymentsDb = Kysely<PaymentsSchema>;
