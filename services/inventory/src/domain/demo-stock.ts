import { createHash } from 'node:crypto';

/** The most units of a product the demo stock starts with. */
export const maxDemoStock = 250;

/**
 * A product's demo stock, the same for the same sku on every run: 0–250 units, with about one
 * product in twenty out of stock.
 */
export function demoStockFor(sku: string): number {
  const digest = createHash('sha256').update(sku).digest();
  const isOutOfStock = digest.readUInt16BE(0) % 100 < 5;
  return isOutOfStock ? 0 : 1 + (digest.readUInt32BE(2) % maxDemoStock);
}
