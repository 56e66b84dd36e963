// The demo catalog a fresh catalog service seeds: generated from fixed word lists with a seeded
// PRNG, so every call on every machine yields exactly the same categories and products.
import { createHash } from 'node:crypto';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import { allCategoryVocabularies } from './vocabulary/all-categories.js';
import type { CategoryVocabulary, ProductKind } from './vocabulary/category-vocabulary.js';

/** A demo category as the catalog stores it. */
export type DemoCategory = { id: string; slug: string; name: string };

/** A demo product as the catalog stores it, with the stock inventory should start from. */
export type DemoProduct = {
  id: string;
  sku: string;
  name: string;
  description: string;
  categoryId: string;
  priceCents: number;
  currency: 'USD';
  imageUrl: string;
  initialStock: number;
  createdAt: string;
};

/** The whole demo catalog: its categories and every product in them. */
export type DemoCatalog = { categories: DemoCategory[]; products: DemoProduct[] };

const modifierChance = 0.7;
const modelChance = 0.5;
const outOfStockChance = 0.05;
const maxStock = 250;
const maxNameAttempts = 100;
// The demo products appeared over the year before the catalog's launch, never in the future.
const catalogOpened = Date.UTC(2025, 10, 1);
const secondsInAYear = 365 * 24 * 60 * 60;

/** Builds the demo catalog; the same categories and products, in the same order, on every call. */
export function demoCatalog(): DemoCatalog {
  const usedNames = new Set<string>();
  const categories: DemoCategory[] = [];
  const products: DemoProduct[] = [];
  for (const vocabulary of allCategoryVocabularies) {
    const category = { id: opaqueId('cat', vocabulary.slug), slug: vocabulary.slug, name: vocabulary.name };
    categories.push(category);
    products.push(...generateProducts(vocabulary, category.id, usedNames));
  }
  return { categories, products };
}

function generateProducts(
  vocabulary: CategoryVocabulary,
  categoryId: string,
  usedNames: Set<string>,
): DemoProduct[] {
  // One stream per category, so editing one category's words leaves the others unchanged.
  const random = createSeededRandom(vocabulary.slug);
  return Array.from({ length: vocabulary.productCount }, (_, index) => {
    const kind = kindAt(vocabulary, index);
    const sku = `${vocabulary.skuPrefix}-${String(index + 1).padStart(4, '0')}`;
    return {
      id: opaqueId('prd', sku),
      sku,
      name: composeUniqueName(vocabulary, kind, random, usedNames),
      description: describe(kind, random),
      categoryId,
      priceCents: choosePriceCents(kind, random),
      currency: 'USD',
      imageUrl: `/images/products/${sku}.svg`,
      initialStock: random.chance(outOfStockChance) ? 0 : random.integer(1, maxStock),
      createdAt: new Date(catalogOpened + random.integer(0, secondsInAYear - 1) * 1000).toISOString(),
    };
  });
}

function kindAt(vocabulary: CategoryVocabulary, index: number): ProductKind {
  // Cycling through the kinds gives every kind in a category at least one product.
  const kind = vocabulary.kinds[index % vocabulary.kinds.length];
  if (!kind) throw new Error(`The ${vocabulary.name} vocabulary has no product kinds`);
  return kind;
}

function composeUniqueName(
  vocabulary: CategoryVocabulary,
  kind: ProductKind,
  random: SeededRandom,
  usedNames: Set<string>,
): string {
  for (let attempt = 0; attempt < maxNameAttempts; attempt++) {
    const words = [random.pick(vocabulary.brands)];
    if (random.chance(modifierChance)) words.push(random.pick(kind.modifiers));
    words.push(kind.noun);
    if (random.chance(modelChance)) words.push(random.pick(vocabulary.models));
    const name = words.join(' ');
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
  throw new Error(`Ran out of unique names for ${kind.noun} in ${vocabulary.name}`);
}

function describe(kind: ProductKind, random: SeededRandom): string {
  const start = random.integer(0, kind.features.length - 1);
  const rotated = [...kind.features.slice(start), ...kind.features.slice(0, start)];
  return [kind.summary, ...rotated.slice(0, random.integer(1, 2))].join(' ');
}

function choosePriceCents(kind: ProductKind, random: SeededRandom): number {
  const [min, max] = kind.priceDollars;
  const dollars = random.integer(min, max);
  // Shops price big-ticket items like $1,299.00 or $349.99 and small ones like $9.99 or $12.49.
  if (dollars >= 100) return (Math.round(dollars / 10) * 10 - 1) * 100 + random.pick([99, 99, 0]);
  return dollars * 100 + random.pick([99, 99, 99, 49, 49]);
}

function opaqueId(prefix: 'cat' | 'prd', key: string): string {
  return `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
