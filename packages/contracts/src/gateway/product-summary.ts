import Type from 'typebox';
import { Money } from '../common/money.js';
import { Page } from '../common/pagination.js';

/** A product in a public list (api.md ProductSummary); `inStock` is null while stock is unknown. */
export const ProductSummary = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  category: Type.String({ description: 'category id, e.g. audio' }),
  price: Money,
  imageUrl: Type.String(),
  inStock: Type.Union([Type.Boolean(), Type.Null()], { description: 'null when inventory cannot be asked' }),
});
/** A product in a public list. */
export type ProductSummary = Type.Static<typeof ProductSummary>;

/** `GET /api/products` query: an optional category and a page. */
export const PublicProductListQuery = Type.Object(
  {
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

/** `GET /api/products` answer. */
export const ProductSummaryPage = Page(ProductSummary);

/** `GET /api/products/:id` answer: the product with its availability and recommendations, or what is degraded. */
export const ProductDetail = Type.Object({
  ...ProductSummary.properties,
  description: Type.String(),
  availability: Type.Union([Type.Object({ inStock: Type.Boolean(), quantity: Type.Integer() }), Type.Null()]),
  recommendations: Type.Union([Type.Array(ProductSummary), Type.Null()]),
  degraded: Type.Array(Type.Union([Type.Literal('availability'), Type.Literal('recommendations')])),
});
/** The product page. */
export type ProductDetail = Type.Static<typeof ProductDetail>;
