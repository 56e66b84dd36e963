import autocannon from 'autocannon';

/** Requests per second and latency percentiles of one load run. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/**
 * Runs a closed-loop load (autocannon) against one URL after a short warm-up; with `paths`, each
 * connection cycles through those paths of the URL's server (a mix); `headers` go with every request.
 */
export async function measureLoad(
  url: string,
  options: {
    connections?: number;
    seconds?: number;
    paths?: string[];
    headers?: Record<string, string>;
  } = {},
): Promise<LoadResult> {
  const connections = options.connections ?? 50;
  const requests = options.paths?.map((path) => ({ method: 'GET' as const, path }));
  const shared = {
    url,
    connections,
    ...(requests ? { requests } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  };
  await autocannon({ ...shared, duration: 2 });
  const result = await autocannon({ ...shared, duration: options.seconds ?? 10 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
