import Type from 'typebox';
import { Page, PageQuery } from '../common/pagination.js';
import { Product } from './product.js';

/** The most ids one batch lookup may name. */
export const maxIdsPerLookup = 100;

/** The query of `GET /products`: filter by category and/or by a list of ids, one page at a time. */
export const ProductListQuery = Type.Object({
  category: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'category id; an unknown one gives an empty page',
    }),
  ),
  ids: Type.Optional(
    Type.String({
      pattern: `^[^,]{1,64}(,[^,]{1,64}){0,${maxIdsPerLookup - 1}}$`,
      description: `comma-separated product ids (up to ${maxIdsPerLookup}) for batch lookups; unknown ids are left out`,
    }),
  ),
  page: PageQuery.page,
  pageSize: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      description: 'default 20, or the number of ids when `ids` is given',
    }),
  ),
});
/** The query of `GET /products`. */
export type ProductListQuery = Type.Static<typeof ProductListQuery>;

/** A page of products, ordered by name then id. */
export const ProductPage = Page(Product);
/** A page of products. */
export type ProductPage = Type.Static<typeof ProductPage>;
