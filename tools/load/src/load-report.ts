// The report of a run: one line per step, the total and the setup requests, as a table for people
// and as JSON for machines.
import { stepNames, type ShopperMix, type StepName } from './shopper-mix.js';
import type { StepSummary } from './step-stats.js';

/** Everything a run measured. */
export interface LoadReport {
  readonly target: string;
  readonly rate: number;
  readonly durationSeconds: number;
  readonly mix: ShopperMix;
  readonly startedAt: string;
  /** Seconds from the first arrival to the last one. */
  readonly arrivalSeconds: number;
  readonly scheduled: number;
  readonly completed: number;
  /** Requests still unanswered when the drain time was up (aborted, counted as errors). */
  readonly abandoned: number;
  readonly steps: Partial<Record<StepName, StepSummary>>;
  readonly total: StepSummary;
  /** Signups, logins and the catalog sample: outside the mix and its latencies. */
  readonly setup: StepSummary;
}

const columns = ['step', 'requests', 'rate/s', 'errors', 'p50 ms', 'p90 ms', 'p99 ms', 'p99.9 ms', 'max ms'];

/** The report as an aligned text table with a few lines of context. */
export function formatReport(report: LoadReport): string {
  const rows = [
    columns,
    ...stepNames.flatMap((name) => {
      const step = report.steps[name];
      return step ? [row(name, step)] : [];
    }),
    row('total', report.total),
  ];
  const widths = columns.map((_, index) => Math.max(...rows.map((cells) => (cells[index] as string).length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join('  '),
  );
  return [
    `${report.target}: ${report.rate}/s for ${report.durationSeconds} s, open loop; latency from each request's scheduled time`,
    ...lines,
    `setup: ${report.setup.requests} requests (${report.setup.errors} errors); abandoned at the end: ${report.abandoned}`,
    ...notes(report),
  ].join('\n');
}

function row(name: string, step: StepSummary): string[] {
  const { p50, p90, p99, p999, max } = step.latencyMs;
  return [
    name,
    String(step.requests),
    step.achievedRate.toFixed(2),
    String(step.errors),
    ...[p50, p90, p99, p999, max].map(ms),
  ];
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function notes(report: LoadReport): string[] {
  const statuses = Object.entries(report.total.statuses).filter(([status]) => !/^[23]\d\d$/.test(status));
  const lines =
    statuses.length > 0
      ? [`not 2xx: ${statuses.map(([status, count]) => `${status}×${count}`).join(', ')}`]
      : [];
  if (report.total.statuses['429'])
    lines.push('429: the gateway rate-limits one client; raise RATE_LIMIT_PER_MINUTE for this rate');
  return lines;
}
