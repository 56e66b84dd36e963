import Type from 'typebox';
import { PageQuery } from '../common/pagination.js';
import { CategoryId } from '../catalog/category.js';

/** The orders a search can be given: best match first, by price either way, or newest first. */
export const SearchSort = Type.Union(
  [Type.Literal('relevance'), Type.Literal('price_asc'), Type.Literal('price_desc'), Type.Literal('newest')],
  { default: 'relevance', description: 'relevance (the default), price_asc, price_desc or newest' },
);
/** A search order. */
export type SearchSort = Type.Static<typeof SearchSort>;

/** The most characters a search text may have; longer is refused, shorter is always answered. */
export const maxSearchTextLength = 2048;

const priceInCents = (description: string) => Type.Integer({ minimum: 0, maximum: 100_000_000, description });

/** The query of `GET /search`: words to find, filters, an order and a page. Unknown fields are refused. */
export const SearchQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: maxSearchTextLength,
        description: 'words to find in name or description (any case, word prefixes); empty finds all',
      }),
    ),
    category: Type.Optional(CategoryId),
    minPrice: Type.Optional(priceInCents('lowest price in cents, inclusive')),
    maxPrice: Type.Optional(priceInCents('highest price in cents, inclusive')),
    inStock: Type.Optional(Type.Boolean({ description: 'true: only products in stock now' })),
    sort: Type.Optional(SearchSort),
    page: PageQuery.page,
    pageSize: PageQuery.pageSize,
  },
  { additionalProperties: false },
);
/** The query of `GET /search`. */
export type SearchQuery = Type.Static<typeof SearchQuery>;
