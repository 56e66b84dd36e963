import Type from 'typebox';
import { Money } from '../common/money.js';
import { CategoryId } from './category.js';

/** A stock keeping unit: upper-case letters, digits and dashes, e.g. `AUD-0001`. */
export const Sku = Type.String({
  pattern: '^[A-Z0-9][A-Z0-9-]{2,31}$',
  description: 'upper-case letters, digits and dashes, 3–32 characters, e.g. AUD-0001',
});

/** A product's display name. */
export const ProductName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

/** A product's description, plain text. */
export const ProductDescription = Type.String({ maxLength: 5000 });

/** The picture of a product: an absolute http(s) URL or a path on this site. */
export const ImageUrl = Type.String({
  minLength: 1,
  maxLength: 2048,
  pattern: '^(https?://|/)',
  description: 'http(s) URL or site path, e.g. /images/products/AUD-0001.svg',
});

/** A price as an admin sets it: 1 cent to 1,000,000 dollars, in USD. */
export const ProductPrice = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 100_000_000, description: 'integer minor units (cents)' }),
    currency: Type.Literal('USD'),
  },
  { additionalProperties: false },
);

/** A product of the catalog. */
export const Product = Type.Object({
  id: Type.String({ description: 'opaque id, e.g. prd_3f2a…' }),
  sku: Sku,
  name: ProductName,
  description: ProductDescription,
  category: CategoryId,
  price: Money,
  imageUrl: ImageUrl,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
/** A product of the catalog. */
export type Product = Type.Static<typeof Product>;

/** The path parameter naming one product. */
export const ProductIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
/** The path parameter naming one product. */
export type ProductIdParams = Type.Static<typeof ProductIdParams>;
