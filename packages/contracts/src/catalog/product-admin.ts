import Type from 'typebox';
import { CategoryId } from './category.js';
import { ImageUrl, ProductDescription, ProductName, ProductPrice, Sku } from './product.js';

/** The body of `POST /products` (admin). Without `imageUrl` the product gets a drawn picture. */
export const CreateProductBody = Type.Object(
  {
    sku: Sku,
    name: ProductName,
    description: ProductDescription,
    category: CategoryId,
    price: ProductPrice,
    imageUrl: Type.Optional(ImageUrl),
  },
  { additionalProperties: false },
);
/** The body of `POST /products`. */
export type CreateProductBody = Type.Static<typeof CreateProductBody>;

/** The body of `PATCH /products/:id` (admin): any of the create fields, at least one. */
export const UpdateProductBody = Type.Object(
  {
    sku: Type.Optional(Sku),
    name: Type.Optional(ProductName),
    description: Type.Optional(ProductDescription),
    category: Type.Optional(CategoryId),
    price: Type.Optional(ProductPrice),
    imageUrl: Type.Optional(ImageUrl),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** The body of `PATCH /products/:id`. */
export type UpdateProductBody = Type.Static<typeof UpdateProductBody>;
