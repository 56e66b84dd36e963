// What one step's requests did: counts per route and status, and latency from each request's
// scheduled time in an HDR histogram (microseconds, 3 significant digits).
import hdr from 'hdr-histogram-js';

/** One finished request: its route template, status (or failure) and latency in milliseconds. */
export interface Outcome {
  /** e.g. `GET /api/products/:id`, as the gateway's metrics name it. */
  readonly route: string;
  /** The HTTP status, or a word for a request without one: `timeout`, `abandoned`, `network`. */
  readonly status: number | string;
  readonly latencyMs: number;
}

/** Latency quantiles in milliseconds. */
export interface LatencySummary {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

/** One step's line of the report. */
export interface StepSummary {
  readonly requests: number;
  readonly errors: number;
  /** Finished requests per second of the run's duration. */
  readonly achievedRate: number;
  readonly routes: Record<string, number>;
  readonly statuses: Record<string, number>;
  readonly latencyMs: LatencySummary;
}

/** True when an outcome counts as an error: no HTTP answer, or a status of 400 and above. */
export function isError(status: number | string): boolean {
  return typeof status !== 'number' || status >= 400;
}

/** Counts and latencies of one step. */
export class StepStats {
  private readonly histogram = hdr.build({ lowestDiscernibleValue: 1, numberOfSignificantValueDigits: 3 });
  private readonly routes: Record<string, number> = {};
  private readonly statuses: Record<string, number> = {};
  private count = 0;
  private errorCount = 0;

  /** Adds one finished request. */
  record(outcome: Outcome): void {
    this.count += 1;
    if (isError(outcome.status)) this.errorCount += 1;
    this.routes[outcome.route] = (this.routes[outcome.route] ?? 0) + 1;
    this.statuses[outcome.status] = (this.statuses[outcome.status] ?? 0) + 1;
    this.histogram.recordValue(Math.max(1, Math.round(outcome.latencyMs * 1000)));
  }

  /** Finished requests so far. */
  get requests(): number {
    return this.count;
  }

  /** Finished requests that were errors. */
  get errors(): number {
    return this.errorCount;
  }

  /** The step's line of the report, with rates over `seconds`. */
  summary(seconds: number): StepSummary {
    return {
      requests: this.count,
      errors: this.errorCount,
      achievedRate: round(this.count / seconds, 2),
      routes: { ...this.routes },
      statuses: { ...this.statuses },
      latencyMs: this.latency(),
    };
  }

  /** Latency quantiles in milliseconds (all zero before the first request). */
  latency(): LatencySummary {
    const at = (percentile: number) =>
      this.count === 0 ? 0 : round(this.histogram.getValueAtPercentile(percentile) / 1000, 2);
    return { p50: at(50), p90: at(90), p99: at(99), p999: at(99.9), max: at(100) };
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
