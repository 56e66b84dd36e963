import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoCatalog, type DemoProduct } from './demo-catalog.js';

const { categories, products } = demoCatalog();

function productsNamed(noun: string): DemoProduct[] {
  return products.filter((product) => product.name.includes(noun));
}

describe('the demo catalog', () => {
  it('offers at least 240 products across at least 10 categories', () => {
    expect(products.length).toBeGreaterThanOrEqual(240);
    expect(categories.length).toBeGreaterThanOrEqual(10);
  });

  it('puts products in every category, and only in listed categories', () => {
    const categoryIds = new Set(categories.map((category) => category.id));
    for (const category of categories) {
      expect(products.filter((product) => product.categoryId === category.id).length).toBeGreaterThan(10);
    }
    expect(products.every((product) => categoryIds.has(product.categoryId))).toBe(true);
  });

  it('gives every product a unique sku, id and name, and every category a unique id, slug and name', () => {
    for (const field of ['sku', 'id', 'name'] as const) {
      expect(new Set(products.map((product) => product[field])).size).toBe(products.length);
    }
    for (const field of ['id', 'slug', 'name'] as const) {
      expect(new Set(categories.map((category) => category[field])).size).toBe(categories.length);
    }
  });

  it('is exactly the same on every call', () => {
    expect(demoCatalog()).toEqual(demoCatalog());
  });

  it('derives opaque ids from the sku and the category slug', () => {
    const first = products[0];
    expect(first?.sku).toBe('AUD-0001');
    const digest = createHash('sha256').update('AUD-0001').digest('hex').slice(0, 16);
    expect(first?.id).toBe(`prd_${digest}`);
    expect(products.every((product) => /^prd_[0-9a-f]{16}$/.test(product.id))).toBe(true);
    expect(categories.every((category) => /^cat_[0-9a-f]{16}$/.test(category.id))).toBe(true);
  });

  it('prices everything in whole US cents, mostly ending in .99 or .49', () => {
    for (const product of products) {
      expect(Number.isInteger(product.priceCents)).toBe(true);
      expect(product.priceCents).toBeGreaterThanOrEqual(500);
      expect(product.priceCents).toBeLessThanOrEqual(300_000);
      expect(product.currency).toBe('USD');
    }
    const charmPriced = products.filter((product) => [99, 49].includes(product.priceCents % 100));
    expect(charmPriced.length / products.length).toBeGreaterThan(0.75);
  });

  it('prices a product by what it is: cables are cheap and laptops are not', () => {
    const cables = productsNamed('USB-C Cable');
    const laptops = productsNamed('Laptop');
    expect(cables.length).toBeGreaterThan(0);
    expect(laptops.length).toBeGreaterThan(0);
    expect(cables.every((cable) => cable.priceCents < 2_500)).toBe(true);
    expect(laptops.every((laptop) => laptop.priceCents >= 60_000)).toBe(true);
  });

  it('starts a few products out of stock and the rest with up to 250 units', () => {
    const outOfStock = products.filter((product) => product.initialStock === 0);
    expect(outOfStock.length).toBeGreaterThan(0);
    expect(outOfStock.length / products.length).toBeLessThan(0.1);
    for (const product of products) {
      expect(Number.isInteger(product.initialStock)).toBe(true);
      expect(product.initialStock).toBeGreaterThanOrEqual(0);
      expect(product.initialStock).toBeLessThanOrEqual(250);
    }
  });

  it('uses words shoppers search for in names and descriptions', () => {
    const text = products.map((product) => `${product.name} ${product.description}`.toLowerCase());
    for (const word of ['headphones', 'wireless', 'tent', 'coffee', 'laptop', 'yoga', 'cookbook', 'garden']) {
      expect(text.filter((entry) => entry.includes(word)).length, word).toBeGreaterThanOrEqual(2);
    }
  });

  it('describes each product in one to three sentences', () => {
    for (const product of products) {
      const sentences = product.description.split(/(?<=[.!?])\s+/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(product.description).toMatch(/[.!?]$/);
    }
  });

  it('serves every picture from the local images path', () => {
    expect(products.every((product) => product.imageUrl === `/images/products/${product.sku}.svg`)).toBe(
      true,
    );
  });

  it('dates products over the year from November 2025 in UTC ISO form', () => {
    const months = new Set<number>();
    for (const product of products) {
      expect(product.createdAt).toMatch(/^202[56]-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
      expect(product.createdAt >= '2025-11-01' && product.createdAt < '2026-11-01').toBe(true);
      expect(new Date(product.createdAt).toISOString()).toBe(product.createdAt);
      months.add(new Date(product.createdAt).getUTCMonth());
    }
    expect(months.size).toBe(12);
  });
});
