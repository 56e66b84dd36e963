// The search bench's shop: 10,000 products of varied words, categories, prices and stock.
import type { Availability } from '@bazaar/contracts/inventory';
import type { Product } from '@bazaar/contracts/catalog';
import { catalogProduct } from '@bazaar/search/testing';

const adjectives = [
  'Studio',
  'Wireless',
  'Compact',
  'Rugged',
  'Classic',
  'Smart',
  'Portable',
  'Deluxe',
  'Eco',
  'Pro',
];
const nouns = [
  'Headphones',
  'Speaker',
  'Laptop',
  'Camera',
  'Backpack',
  'Lamp',
  'Kettle',
  'Notebook',
  'Drone',
  'Blender',
  'Tent',
  'Keyboard',
  'Monitor',
  'Jacket',
  'Watch',
  'Router',
  'Novel',
  'Puzzle',
  'Shoes',
  'Grill',
];
const details = [
  'with long battery life',
  'for travel',
  'made of recycled steel',
  'in matte black',
  'for beginners',
];
const categories = [
  'audio',
  'computers',
  'cameras',
  'outdoors',
  'home-kitchen',
  'office',
  'books',
  'toys-games',
];

/** `count` products with deterministic names, descriptions, categories, prices and ages. */
export function benchProducts(count: number): Product[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${adjectives[i % adjectives.length]} ${nouns[(i * 7) % nouns.length]} ${i}`;
    return catalogProduct({
      id: `prd_bench_${i}`,
      sku: `BEN-${String(i).padStart(6, '0')}`,
      name,
      description: `A ${nouns[(i * 3) % nouns.length]!.toLowerCase()} ${details[i % details.length]}.`,
      category: categories[i % categories.length]!,
      price: 199 + ((i * 7919) % 150_000),
      at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    });
  });
}

/** Stock for every product: about one in ten sold out. */
export function benchAvailability(products: Product[]): Availability[] {
  return products.map((product, i) => {
    const quantity = i % 10 === 0 ? 0 : (i % 50) + 1;
    return { productId: product.id, inStock: quantity > 0, quantity };
  });
}
