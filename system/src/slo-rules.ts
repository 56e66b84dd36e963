// SLOs as code: each process's `objectives` (system/bazaar.system.ts) become recording rules of its
// error and slow-request ratios and multi-window, multi-burn-rate alerts (Google SRE workbook,
// "Alerting on SLOs": a fast burn over 1h confirmed by 5m, a slow burn over 6h confirmed by 30m).
import type { ProcessDeclaration, SystemDeclaration } from './declaration-types.js';

/** One Prometheus rule: a recording rule (`record`) or an alerting rule (`alert`). */
export type PrometheusRule =
  | { record: string; expr: string; labels?: Record<string, string> }
  | {
      alert: string;
      expr: string;
      for: string;
      labels: Record<string, string>;
      annotations: Record<string, string>;
    };

/** A named group of rules, as in a Prometheus rule file. */
export interface RuleGroup {
  name: string;
  rules: PrometheusRule[];
}

/** The two burn-rate alerts of each objective: how fast the budget burns, over which two windows. */
export const burnRateAlerts = [
  { speed: 'Fast', burnRate: 14.4, long: '1h', short: '5m', for: '2m' },
  { speed: 'Slow', burnRate: 6, long: '6h', short: '30m', for: '15m' },
] as const;

const windows = ['5m', '30m', '1h', '6h'] as const;
/** Requests an objective counts: every route but the probes (/metrics is never recorded). */
const countedRoutes = 'route!~"/health/.*"';

/** The recording rule names of a process's error ratio and slow-request ratio over a window. */
export const sloRecordNames = {
  errors: (window: string) => `service:slo_errors:ratio_rate${window}`,
  slow: (window: string) => `service:slo_slow_requests:ratio_rate${window}`,
};

/** Every SLO rule group: one shared group of error ratios, and one group per process. */
export function sloRuleGroups(system: SystemDeclaration): RuleGroup[] {
  const errorRatios = windows.map((window) => ({
    record: sloRecordNames.errors(window),
    expr:
      `sum by (service) (rate(http_requests_total{status=~"5..",${countedRoutes}}[${window}]))` +
      ` / sum by (service) (rate(http_requests_total{${countedRoutes}}[${window}]))`,
  }));
  const perProcess = system.processes.map(processGroup);
  return [{ name: 'slo-error-ratios', rules: errorRatios }, ...perProcess];
}

function processGroup(spec: ProcessDeclaration): RuleGroup {
  const { availability, latencyP99Ms } = spec.objectives;
  const rules: PrometheusRule[] = [];
  if (latencyP99Ms !== undefined) rules.push(...slowRatioRules(spec.name, latencyP99Ms));
  if (availability !== undefined) {
    const budget = 1 - availability;
    const target = `${round(availability * 100)}% of requests without a 5xx`;
    rules.push(...burnAlerts(spec.name, 'Availability', sloRecordNames.errors, budget, target));
  }
  if (latencyP99Ms !== undefined) {
    const target = `99% of requests within ${latencyP99Ms} ms`;
    rules.push(...burnAlerts(spec.name, 'Latency', sloRecordNames.slow, 0.01, target));
  }
  return { name: `slo-${spec.name}`, rules };
}

function slowRatioRules(service: string, latencyMs: number): PrometheusRule[] {
  const selector = `service="${service}",${countedRoutes}`;
  const le = leMatcher(latencyMs);
  return windows.map((window) => ({
    record: sloRecordNames.slow(window),
    // The same name in every process's group: the label keeps each group's series its own.
    labels: { service },
    expr:
      `1 - sum by (service) (rate(http_request_duration_seconds_bucket{${selector},le=~"${le}"}[${window}]))` +
      ` / sum by (service) (rate(http_request_duration_seconds_count{${selector}}[${window}]))`,
  }));
}

function burnAlerts(
  service: string,
  sli: 'Availability' | 'Latency',
  record: (window: string) => string,
  budget: number,
  target: string,
): PrometheusRule[] {
  return burnRateAlerts.map((alert) => {
    const threshold = round(alert.burnRate * budget);
    const over = (window: string) => `${record(window)}{service="${service}"} > ${threshold}`;
    return {
      alert: `Slo${sli}${alert.speed}Burn`,
      expr: `${over(alert.long)} and ${over(alert.short)}`,
      for: alert.for,
      labels: { severity: 'page', service, slo: sli.toLowerCase() },
      annotations: {
        summary: `${service} burns its 30-day error budget ${alert.burnRate}× too fast (${alert.long} and ${alert.short})`,
        description: `Objective: ${target}. At this rate the month's budget is gone in ${round(720 / alert.burnRate)} h.`,
      },
    };
  });
}

/** The `le` value of a bucket bound as prom-client writes it ("0.25", "1"), also as Prometheus 3 does ("1.0"). */
function leMatcher(latencyMs: number): string {
  const seconds = String(latencyMs / 1000);
  return Number.isInteger(latencyMs / 1000) ? `${seconds}(\\\\.0)?` : seconds.replaceAll('.', '\\\\.');
}

function round(value: number): number {
  return Number(value.toFixed(6));
}
