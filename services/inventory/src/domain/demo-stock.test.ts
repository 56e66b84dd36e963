import { describe, expect, it } from 'vitest';
import { demoStockFor, maxDemoStock } from './demo-stock.js';

describe('demo stock', () => {
  const skus = Array.from({ length: 2000 }, (_, index) => `SKU-${String(index).padStart(4, '0')}`);

  it('gives the same sku the same stock every time', () => {
    expect(skus.map(demoStockFor)).toEqual(skus.map(demoStockFor));
  });

  it('stays within 0–250, with about one product in twenty out of stock', () => {
    const stocks = skus.map(demoStockFor);
    expect(Math.min(...stocks)).toBe(0);
    expect(Math.max(...stocks)).toBeLessThanOrEqual(maxDemoStock);
    const outOfStock = stocks.filter((stock) => stock === 0).length / stocks.length;
    expect(outOfStock).toBeGreaterThan(0.02);
    expect(outOfStock).toBeLessThan(0.08);
  });
});
