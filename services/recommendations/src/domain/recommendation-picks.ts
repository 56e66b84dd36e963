/** A product that may be recommended, as the read model knows it. */
export interface CandidateProduct {
  productId: string;
  sku: string;
  name: string;
  category: string;
  priceCents: number;
}

/** A growing list of recommendations: up to `limit`, no duplicates, never an excluded product. */
export interface RecommendationPicks {
  readonly items: readonly CandidateProduct[];
  /** How many more products fit. */
  remaining(): number;
  /** The excluded products and those already picked: what the next candidates must leave out. */
  unwanted(): string[];
  /** Takes candidates in order while there is room, skipping unwanted ones; returns how many were taken. */
  add(candidates: readonly CandidateProduct[]): number;
}

/** Starts an empty list of at most `limit` picks that never holds any of `excludedIds`. */
export function startPicks(limit: number, excludedIds: readonly string[]): RecommendationPicks {
  const items: CandidateProduct[] = [];
  const unwanted = new Set(excludedIds);
  return {
    items,
    remaining: () => Math.max(0, limit - items.length),
    unwanted: () => [...unwanted],
    add(candidates) {
      const before = items.length;
      for (const candidate of candidates) {
        if (items.length >= limit) break;
        if (unwanted.has(candidate.productId)) continue;
        unwanted.add(candidate.productId);
        items.push(candidate);
      }
      return items.length - before;
    },
  };
}
