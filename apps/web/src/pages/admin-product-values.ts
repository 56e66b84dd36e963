// The admin product form's values, checks, and the API bodies made from them.
import type { CreateProductBody } from '@bazaar/contracts/catalog';
import type { ProductDetail } from '@bazaar/contracts/gateway';

/** The form as typed; price in dollars. */
export interface ProductValues {
  sku: string;
  name: string;
  description: string;
  category: string;
  price: string;
  imageUrl: string;
  stock: string;
}

/** The form for a new product. */
export const emptyProduct: ProductValues = {
  sku: '',
  name: '',
  description: '',
  category: '',
  price: '',
  imageUrl: '',
  stock: '0',
};

/** The form filled from an existing product and its stock on hand. */
export function productValues(product: ProductDetail, onHand: number | undefined): ProductValues {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    price: (product.price.amount / 100).toFixed(2),
    imageUrl: product.imageUrl,
    stock: onHand === undefined ? '' : String(onHand),
  };
}

/** Each field's problem, by name. */
export function productProblems(values: ProductValues): Partial<Record<keyof ProductValues, string>> {
  const problems: Partial<Record<keyof ProductValues, string>> = {};
  if (!/^[A-Z0-9][A-Z0-9-]{2,31}$/.test(values.sku.trim().toUpperCase()))
    problems.sku = 'Use 3–32 letters, digits and dashes, e.g. AUD-0001.';
  if (!values.name.trim()) problems.name = 'Enter a name.';
  if (!values.description.trim()) problems.description = 'Enter a description.';
  if (!values.category) problems.category = 'Choose a category.';
  if (!/^\d+(\.\d{1,2})?$/.test(values.price.trim())) problems.price = 'Enter a price like 19.99.';
  if (values.imageUrl.trim() && !/^(https?:\/\/|\/)/.test(values.imageUrl.trim()))
    problems.imageUrl = 'Use a web address or a path starting with /.';
  if (values.stock !== '' && !/^\d+$/.test(values.stock.trim()))
    problems.stock = 'Enter a whole number of units.';
  return problems;
}

/** The create (or full update) body; the image only when one was given. */
export function productBody(values: ProductValues): CreateProductBody {
  const imageUrl = values.imageUrl.trim();
  return {
    sku: values.sku.trim().toUpperCase(),
    name: values.name.trim(),
    description: values.description.trim(),
    category: values.category,
    price: { amount: Math.round(Number(values.price) * 100), currency: 'USD' },
    ...(imageUrl ? { imageUrl } : {}),
  };
}
