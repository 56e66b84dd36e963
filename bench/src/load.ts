import autocannon from 'autocannon';

/** Requests per second and latency percentiles of one load run. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Runs a closed-loop load (autocannon) against one URL after a short warm-up. */
export async function measureLoad(
  url: string,
  options: { connections?: number; seconds?: number } = {},
): Promise<LoadResult> {
  const connections = options.connections ?? 50;
  await autocannon({ url, connections, duration: 2 });
  const result = await autocannon({ url, connections, duration: options.seconds ?? 10 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
