import Type from 'typebox';

/** A category id: a readable slug such as `audio` or `home-kitchen`. */
export const CategoryId = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 64,
  description: 'category slug, e.g. audio',
});

/** A category with the number of products in it. */
export const Category = Type.Object({
  id: CategoryId,
  name: Type.String(),
  productCount: Type.Integer({ minimum: 0 }),
});
/** A category with the number of products in it. */
export type Category = Type.Static<typeof Category>;

/** The answer of `GET /categories`: every category, in display order. */
export const CategoryList = Type.Object({ items: Type.Array(Category) });
/** The answer of `GET /categories`. */
export type CategoryList = Type.Static<typeof CategoryList>;
