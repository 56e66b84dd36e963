/** Units of one product: what an order asks for, or what a reservation holds. */
export interface StockLine {
  productId: string;
  quantity: number;
}

/**
 * One line per product (quantities of repeated products added up), in product id order (code
 * units, not a database collation): the one order every inventory transaction locks stock rows in,
 * so that reservations, sales and releases running at once never deadlock.
 */
export function mergeStockLines(lines: readonly StockLine[]): StockLine[] {
  const byProduct = new Map<string, number>();
  for (const line of lines)
    byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0) + line.quantity);
  return [...byProduct]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantity]) => ({ productId, quantity }));
}
