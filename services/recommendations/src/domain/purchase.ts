/** One line of an order as recommendations learns from it. */
export interface PurchasedLine {
  productId: string;
  quantity: number;
}

/** What one order teaches: units per product, and every ordered pair of distinct products in it. */
export interface Purchase {
  lines: PurchasedLine[];
  /** Both directions of each unordered pair: [a, b] and [b, a]. */
  pairs: [string, string][];
}

/**
 * Sums an order's lines per product (a product named twice counts once, with both quantities);
 * lines and pairs in product id order, the one order every transaction updates their rows in, so
 * that orders learnt from at once never deadlock.
 */
export function purchaseOf(items: readonly PurchasedLine[]): Purchase {
  const unitsByProduct = new Map<string, number>();
  for (const item of items) {
    unitsByProduct.set(item.productId, (unitsByProduct.get(item.productId) ?? 0) + item.quantity);
  }
  const lines = [...unitsByProduct]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantity]) => ({ productId, quantity }));
  const productIds = lines.map((line) => line.productId);
  const pairs = productIds.flatMap((productId) =>
    productIds.filter((other) => other !== productId).map((other): [string, string] => [productId, other]),
  );
  return { lines, pairs };
}
