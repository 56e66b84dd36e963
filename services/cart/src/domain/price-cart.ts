import type { Cart } from '@bazaar/contracts/cart';
import type { Money } from '@bazaar/contracts';

/** Units of one product in a cart, before pricing. */
export interface CartLineQuantity {
  productId: string;
  quantity: number;
}

/** What the catalog says about a product now: its name and price. */
export interface PricedProduct {
  id: string;
  name: string;
  price: Money;
}

/** Prices a cart at current prices; lines whose product no longer exists are left out. */
export function priceCart(lines: CartLineQuantity[], products: ReadonlyMap<string, PricedProduct>): Cart {
  const items = lines.flatMap((line) => {
    const product = products.get(line.productId);
    if (!product) return [];
    const lineTotal = { amount: product.price.amount * line.quantity, currency: 'USD' as const };
    return [
      {
        productId: line.productId,
        name: product.name,
        quantity: line.quantity,
        unitPrice: product.price,
        lineTotal,
      },
    ];
  });
  const total = items.reduce((sum, item) => sum + item.lineTotal.amount, 0);
  return { items, total: { amount: total, currency: 'USD' } };
}
