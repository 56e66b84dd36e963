import { describe, expect, it } from 'vitest';
import { imageUrlAfterSkuChange } from './product-image-url.js';

describe('the picture of a product whose sku changes', () => {
  it('follows the new sku when it is the drawn picture', () => {
    const current = { sku: 'AUD-0001', imageUrl: '/images/products/AUD-0001.svg' };
    expect(imageUrlAfterSkuChange(current, 'AUD-9001')).toBe('/images/products/AUD-9001.svg');
  });

  it('stays put when the product has an image of its own', () => {
    const current = { sku: 'AUD-0001', imageUrl: 'https://cdn.example/headphones.png' };
    expect(imageUrlAfterSkuChange(current, 'AUD-9001')).toBe('https://cdn.example/headphones.png');
  });

  it('stays put when the sku does not change', () => {
    const current = { sku: 'AUD-0001', imageUrl: '/images/products/AUD-0001.svg' };
    expect(imageUrlAfterSkuChange(current, 'AUD-0001')).toBe('/images/products/AUD-0001.svg');
  });
});
