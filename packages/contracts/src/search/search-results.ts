import Type from 'typebox';
import { ProductSummary } from '../gateway/product-summary.js';

/** How many products of one category match the search without its category filter. */
export const CategoryFacet = Type.Object(
  { value: Type.String({ description: 'category id' }), count: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
/** A category facet. */
export type CategoryFacet = Type.Static<typeof CategoryFacet>;

/** How many products priced in [min, max) cents match the search without its price filters. */
export const PriceRangeFacet = Type.Object(
  {
    min: Type.Integer({ minimum: 0, description: 'cents, inclusive' }),
    max: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
      description: 'cents, exclusive; null for the open top range',
    }),
    count: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
/** A price range facet. */
export type PriceRangeFacet = Type.Static<typeof PriceRangeFacet>;

/** The answer of `GET /search`: one page of matches, the total, and the facets. */
export const SearchResults = Type.Object(
  {
    items: Type.Array(ProductSummary),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    facets: Type.Object(
      { categories: Type.Array(CategoryFacet), priceRanges: Type.Array(PriceRangeFacet) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
/** The answer of `GET /search`. */
export type SearchResults = Type.Static<typeof SearchResults>;
