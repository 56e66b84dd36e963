import Type from 'typebox';
import { Id } from '../common/ids.js';
import { ProductSummary } from '../gateway/product-summary.js';

/** The most recommendations one answer may hold. */
export const maxRecommendations = 50;

/** The query of every recommendation route: how many products to suggest (1–50, default 8). */
export const RecommendationsQuery = Type.Object(
  {
    limit: Type.Integer({
      minimum: 1,
      maximum: maxRecommendations,
      default: 8,
      description: `how many products to suggest (1–${maxRecommendations})`,
    }),
  },
  { additionalProperties: false },
);
/** The query of every recommendation route. */
export type RecommendationsQuery = Type.Static<typeof RecommendationsQuery>;

/** The path parameter of `GET /products/:id/recommendations`. */
export const RecommendedForProductParams = Type.Object({ id: Id }, { additionalProperties: false });
/** The path parameter of `GET /products/:id/recommendations`. */
export type RecommendedForProductParams = Type.Static<typeof RecommendedForProductParams>;

/** How a product's recommendations were chosen: from paid orders that pair it, or by popularity. */
export const ProductRecommendationStrategy = Type.Union([
  Type.Literal('bought_together'),
  Type.Literal('popular'),
]);
/** How a product's recommendations were chosen. */
export type ProductRecommendationStrategy = Type.Static<typeof ProductRecommendationStrategy>;

/**
 * The answer of `GET /products/:id/recommendations`: never the product itself, no duplicates.
 * `inStock` is always null: recommendations does not know stock (the gateway may fill it).
 */
export const ProductRecommendations = Type.Object(
  { items: Type.Array(ProductSummary), strategy: ProductRecommendationStrategy },
  { additionalProperties: false },
);
/** The answer of `GET /products/:id/recommendations`. */
export type ProductRecommendations = Type.Static<typeof ProductRecommendations>;

/** How a shopper's picks were chosen: from their own paid orders, or by popularity. */
export const PersonalRecommendationStrategy = Type.Union([Type.Literal('personal'), Type.Literal('popular')]);
/** How a shopper's picks were chosen. */
export type PersonalRecommendationStrategy = Type.Static<typeof PersonalRecommendationStrategy>;

/** The answer of `GET /recommendations`: picks for the signed-in shopper, never what they bought. */
export const PersonalRecommendations = Type.Object(
  { items: Type.Array(ProductSummary), strategy: PersonalRecommendationStrategy },
  { additionalProperties: false },
);
/** The answer of `GET /recommendations`. */
export type PersonalRecommendations = Type.Static<typeof PersonalRecommendations>;

/** The answer of `GET /recommendations/popular`: the best sellers for anyone, signed in or not. */
export const PopularRecommendations = Type.Object(
  { items: Type.Array(ProductSummary), strategy: Type.Literal('popular') },
  { additionalProperties: false },
);
/** The answer of `GET /recommendations/popular`. */
export type PopularRecommendations = Type.Static<typeof PopularRecommendations>;
