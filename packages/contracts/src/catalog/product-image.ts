import Type from 'typebox';

/** The path parameter of `GET /images/products/:sku.svg`. */
export const ProductImageParams = Type.Object({ sku: Type.String({ minLength: 1, maxLength: 64 }) });
/** The path parameter of `GET /images/products/:sku.svg`. */
export type ProductImageParams = Type.Static<typeof ProductImageParams>;

/** The path where a product's drawn picture is served, for a product without its own image. */
export function productImagePath(sku: string): string {
  return `/images/products/${encodeURIComponent(sku)}.svg`;
}
