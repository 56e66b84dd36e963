import { describe, expect, it } from 'vitest';
import { purchaseOf } from './purchase.js';

describe('what an order teaches', () => {
  it('pairs every two distinct products of the order, both ways, in product id order', () => {
    const purchase = purchaseOf([
      { productId: 'c', quantity: 1 },
      { productId: 'a', quantity: 1 },
      { productId: 'b', quantity: 2 },
    ]);
    expect(purchase.lines.map((line) => line.productId)).toEqual(['a', 'b', 'c']);
    expect(purchase.pairs).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'b'],
    ]);
  });

  it('counts a product named on two lines once, with both quantities, and never pairs it with itself', () => {
    const purchase = purchaseOf([
      { productId: 'a', quantity: 1 },
      { productId: 'a', quantity: 3 },
    ]);
    expect(purchase).toEqual({ lines: [{ productId: 'a', quantity: 4 }], pairs: [] });
  });
});
