import { describe, expect, it } from 'vitest';
import { mergeStockLines } from './stock-lines.js';

describe('stock lines', () => {
  it('adds up repeated products and orders lines by product id', () => {
    const merged = mergeStockLines([
      { productId: 'prd_b', quantity: 1 },
      { productId: 'prd_a', quantity: 2 },
      { productId: 'prd_b', quantity: 3 },
    ]);
    expect(merged).toEqual([
      { productId: 'prd_a', quantity: 2 },
      { productId: 'prd_b', quantity: 4 },
    ]);
  });
});
