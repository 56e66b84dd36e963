// Test support: a small shop's worth of products fed to search through the bus, and ways to query it.
import type { Product } from '@bazaar/contracts/catalog';
import { ProductCreated } from '@bazaar/contracts/catalog';
import { StockChanged } from '@bazaar/contracts/inventory';
import type { SearchResults } from '@bazaar/contracts/search';
import type { HttpApp } from '@bazaar/platform';
import { waitUntil, type TestBusPeer } from '@bazaar/platform/testing';
import { catalogProduct, productFacts, stockChanged } from './product-facts.js';

const minute = (n: number) => new Date(Date.UTC(2025, 0, 1, 10, n)).toISOString();

/** The products every search suite starts from: distinct words, prices, categories and ages. */
export function shopProducts(): Product[] {
  const named = [
    catalogProduct({
      name: 'Studio Headphones',
      description: 'Closed-back, 40 mm drivers.',
      price: 12_900,
      at: minute(1),
    }),
    catalogProduct({
      name: 'Wireless Speaker',
      description: 'Pairs with headphones and phones.',
      price: 7_900,
      at: minute(2),
    }),
    catalogProduct({
      name: 'Trail Running Shoes',
      description: 'Light and grippy.',
      category: 'sports-fitness',
      price: 8_900,
      at: minute(3),
    }),
    catalogProduct({
      name: 'Café Espresso Maker',
      description: 'Espresso at home, 日本 design.',
      category: 'home-kitchen',
      price: 24_900,
      at: minute(4),
    }),
    catalogProduct({
      name: 'Paperback Novel',
      description: 'A headline-grabbing story.',
      category: 'books',
      price: 1_500,
      at: minute(5),
    }),
    catalogProduct({
      name: 'Gaming Laptop',
      description: 'Fast and loud.',
      category: 'computers',
      price: 149_900,
      at: minute(6),
    }),
    catalogProduct({ name: 'HEADSET Pro', description: 'Noise cancelling.', price: 4_900, at: minute(7) }),
  ];
  const fillers = Array.from({ length: 25 }, (_, i) =>
    catalogProduct({
      name: `Desk Organizer ${i + 1}`,
      description: 'Keeps pens tidy.',
      category: 'office',
      price: 500 + i * 2_000,
      at: minute(10 + i),
    }),
  );
  return [...named, ...fillers];
}

/** Units in stock for a product of the shop: the wireless speaker is sold out, the laptop unknown. */
export function shopStock(product: Product): number | null {
  if (product.name === 'Gaming Laptop') return null;
  if (product.name === 'Wireless Speaker') return 0;
  return 5;
}

/** Publishes every product (and its stock) as catalog and inventory would, then waits until search has them. */
export async function feedShop(app: HttpApp, peer: TestBusPeer, products: Product[]): Promise<void> {
  for (const product of products) {
    await peer.publish(ProductCreated, productFacts(product));
    const units = shopStock(product);
    if (units !== null) await peer.publish(StockChanged, stockChanged(product.id, units, product.updatedAt));
  }
  const stocked = products.filter((product) => shopStock(product) !== null).length;
  await waitUntil(async () => {
    const all = await searchFor(app, 'pageSize=100');
    return (
      all.total === products.length && all.items.filter((item) => item.inStock !== null).length === stocked
    );
  });
}

/** `GET /search?<query>`, expecting 200. */
export async function searchFor(app: HttpApp, query: string): Promise<SearchResults> {
  const answer = await app.inject({ method: 'GET', url: `/search?${query}` });
  if (answer.statusCode !== 200)
    throw new Error(`GET /search?${query} answered ${answer.statusCode}: ${answer.body}`);
  return answer.json();
}

/** The names of a result page, in order. */
export const namesOf = (results: SearchResults) => results.items.map((item) => item.name);
