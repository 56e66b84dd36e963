// Prices and dates as a shopper reads them.
import type { Money } from '@bazaar/contracts';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** `{ amount: 1999 }` → "$19.99". */
export function formatMoney(money: Money): string {
  return dollars.format(money.amount / 100);
}

/** Cents → "$19.99" (for facets, which carry plain cents). */
export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

/** An ISO timestamp → "Dec 2, 2026, 3:04 AM". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
