import { describe, expect, it } from 'vitest';
import { priceCart, type PricedProduct } from './price-cart.js';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

describe('pricing a cart', () => {
  it('multiplies each line by its current price, adds them up and leaves out vanished products', () => {
    const products = new Map<string, PricedProduct>([
      ['prd_a', { id: 'prd_a', name: 'Lamp', price: usd(1999) }],
      ['prd_b', { id: 'prd_b', name: 'Mug', price: usd(450) }],
    ]);
    const cart = priceCart(
      [
        { productId: 'prd_a', quantity: 2 },
        { productId: 'prd_gone', quantity: 1 },
        { productId: 'prd_b', quantity: 3 },
      ],
      products,
    );
    expect(cart).toEqual({
      items: [
        { productId: 'prd_a', name: 'Lamp', quantity: 2, unitPrice: usd(1999), lineTotal: usd(3998) },
        { productId: 'prd_b', name: 'Mug', quantity: 3, unitPrice: usd(450), lineTotal: usd(1350) },
      ],
      total: usd(5348),
    });
  });

  it('prices an empty cart at zero', () => {
    expect(priceCart([], new Map())).toEqual({ items: [], total: usd(0) });
  });
});
