/** A fixed price bucket in cents: `min` inclusive, `max` exclusive (null: no upper bound). */
export interface PriceRange {
  min: number;
  max: number | null;
}

/** The price buckets every search counts: $0–25, 25–50, 50–100, 100–250, 250–500, 500–1000, 1000+. */
export const priceRanges: readonly PriceRange[] = [
  { min: 0, max: 2_500 },
  { min: 2_500, max: 5_000 },
  { min: 5_000, max: 10_000 },
  { min: 10_000, max: 25_000 },
  { min: 25_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: null },
];
