/** Bucket bounds (seconds) of the HTTP latency histograms; latency objectives must be one of them. */
export const httpLatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
