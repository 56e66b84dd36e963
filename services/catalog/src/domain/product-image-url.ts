import { productImagePath } from '@bazaar/contracts/catalog';

/** The fields that decide where a product's picture is. */
export interface ProductPicture {
  sku: string;
  imageUrl: string;
}

/**
 * The picture URL a product keeps when its sku changes: a drawn picture (served by sku) follows
 * the new sku, while an image of its own stays where it is.
 */
export function imageUrlAfterSkuChange(current: ProductPicture, newSku: string): string {
  return current.imageUrl === productImagePath(current.sku) ? productImagePath(newSku) : current.imageUrl;
}
