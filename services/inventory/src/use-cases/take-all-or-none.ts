import type { StockRejected } from '@bazaar/contracts/inventory';
import type { InventoryTrx } from '../data/inventory-schema.js';
import { findStockLevels } from '../data/stock.repository.js';
import type { StockLine } from '../domain/stock-lines.js';

/** The lines that could not be taken, with what was available of each. */
export type UnavailableLines = StockRejected['unavailable'];

/** How to take one line from stock (only if there is enough) and how to give it back. */
export interface StockTaking {
  take(trx: InventoryTrx, productId: string, quantity: number): Promise<boolean>;
  giveBack(trx: InventoryTrx, productId: string, quantity: number): Promise<void>;
}

/**
 * Takes every line or none: each line is taken only if enough is available at that moment; when
 * any line falls short, the lines already taken are given back and the short ones are returned.
 */
export async function takeAllOrNone(
  trx: InventoryTrx,
  lines: StockLine[],
  taking: StockTaking,
): Promise<UnavailableLines> {
  const taken: StockLine[] = [];
  const short: StockLine[] = [];
  for (const line of lines) {
    const isTaken = await taking.take(trx, line.productId, line.quantity);
    (isTaken ? taken : short).push(line);
  }
  if (short.length === 0) return [];
  for (const line of taken) await taking.giveBack(trx, line.productId, line.quantity);
  const levels = await findStockLevels(
    trx,
    short.map((line) => line.productId),
  );
  return short.map((line) => ({
    productId: line.productId,
    requested: line.quantity,
    available: Math.max(0, levels.find((level) => level.productId === line.productId)?.available ?? 0),
  }));
}
