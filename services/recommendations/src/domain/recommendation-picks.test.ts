import { describe, expect, it } from 'vitest';
import { startPicks, type CandidateProduct } from './recommendation-picks.js';

const product = (productId: string): CandidateProduct => ({
  productId,
  sku: productId.toUpperCase(),
  name: productId,
  category: 'audio',
  priceCents: 100,
});

describe('recommendation picks', () => {
  it('never holds an excluded product nor the same product twice', () => {
    const picks = startPicks(5, ['self']);
    picks.add([product('self'), product('a'), product('b')]);
    picks.add([product('a'), product('c')]);
    expect(picks.items.map((item) => item.productId)).toEqual(['a', 'b', 'c']);
    expect(picks.unwanted().sort()).toEqual(['a', 'b', 'c', 'self']);
  });

  it('stops at the limit', () => {
    const picks = startPicks(2, []);
    expect(picks.add([product('a'), product('b'), product('c')])).toBe(2);
    expect(picks.remaining()).toBe(0);
    expect(picks.items).toHaveLength(2);
  });
});
