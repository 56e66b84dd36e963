// The quantile of a classic Prometheus histogram, interpolated within its bucket as PromQL's
// histogram_quantile does.

/** Cumulative bucket counts by upper bound (`le`, +Inf included). */
export type Buckets = ReadonlyMap<number, number>;

/** The `q` quantile of the observations in the buckets, or null when there are none. */
export function histogramQuantile(q: number, buckets: Buckets): number | null {
  const bounds = [...buckets.keys()].sort((a, b) => a - b);
  const total = buckets.get(Infinity) ?? 0;
  if (total <= 0 || bounds.length < 2) return null;
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const bound of bounds) {
    const count = buckets.get(bound) ?? 0;
    if (count >= rank) {
      // In the +Inf bucket nothing is known beyond the last finite bound: answer that bound.
      if (bound === Infinity) return lowerBound;
      return lowerBound + ((bound - lowerBound) * (rank - lowerCount)) / (count - lowerCount);
    }
    lowerBound = bound;
    lowerCount = count;
  }
  return lowerBound;
}
