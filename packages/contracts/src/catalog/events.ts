// The events catalog publishes; search and recommendations keep read models from them.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { ProductDescription, ProductName, ProductPrice, Sku } from './product.js';
import { CategoryId } from './category.js';

const productFacts = {
  productId: Type.String({ minLength: 1, maxLength: 64 }),
  sku: Sku,
  name: ProductName,
  description: ProductDescription,
  category: CategoryId,
  price: ProductPrice,
  occurredAt: Type.String({ format: 'date-time' }),
};

const example = {
  productId: 'prd_3f2a',
  sku: 'AUD-0001',
  name: 'Studio headphones',
  description: 'Closed-back, 40 mm drivers.',
  category: 'audio',
  price: { amount: 12900, currency: 'USD' as const },
  occurredAt: '2025-01-02T10:00:00.000Z',
};

/** A product was added to the catalog. */
export const ProductCreated = defineEvent({
  type: 'catalog.product.created',
  version: 1,
  data: Type.Object(productFacts, { additionalProperties: false }),
  examples: [example],
});
/** The data of `catalog.product.created`. */
export type ProductCreated = EventData<typeof ProductCreated>;

/** A product's details changed; carries the whole product as it now is. */
export const ProductUpdated = defineEvent({
  type: 'catalog.product.updated',
  version: 1,
  data: Type.Object(productFacts, { additionalProperties: false }),
  examples: [{ ...example, name: 'Studio headphones (2025)' }],
});
/** The data of `catalog.product.updated`. */
export type ProductUpdated = EventData<typeof ProductUpdated>;

/** A product's price changed; carries the new price and the one before it. */
export const ProductPriceChanged = defineEvent({
  type: 'catalog.product.price-changed',
  version: 1,
  data: Type.Object({ ...productFacts, previousPrice: ProductPrice }, { additionalProperties: false }),
  examples: [
    {
      ...example,
      price: { amount: 9900, currency: 'USD' },
      previousPrice: { amount: 12900, currency: 'USD' },
    },
  ],
});
/** The data of `catalog.product.price-changed`. */
export type ProductPriceChanged = EventData<typeof ProductPriceChanged>;
