// Generated `promtool test rules` cases for every SLO alert of every process: with every request
// failing and slow each of its burn-rate alerts fires, and with every request fine none does.
// (deploy/prometheus/tests/slo-windows.test.yml shows the windows at work on hand-made scenarios.)
import type { ProcessDeclaration, SystemDeclaration } from './declaration-types.js';
import { sloRuleGroups, type PrometheusRule } from './slo-rules.js';

/** One test group of a promtool rule test file (only the parts these tests use). */
export interface RuleTestGroup {
  interval: string;
  name: string;
  input_series: { series: string; values: string }[];
  alert_rule_test: { eval_time: string; alertname: string; exp_alerts: ExpectedAlert[] }[];
}

interface ExpectedAlert {
  exp_labels: Record<string, string>;
  exp_annotations: Record<string, string>;
}

/** The eval time: past every `for` (a steady ratio is the same over a window only partly filled). */
const evalTime = '40m';
const minutes = 45;

/** Both test groups (all bad, all good) of every process that declares objectives. */
export function sloRuleTests(system: SystemDeclaration): RuleTestGroup[] {
  const groups = sloRuleGroups(system);
  return system.processes
    .filter((spec) => spec.objectives)
    .flatMap((spec) => {
      const alerts = (groups.find((group) => group.name === `slo-${spec.name}`)?.rules ?? []).filter(isAlert);
      return [testGroup(spec, alerts, 'failing and slow'), testGroup(spec, alerts, 'healthy')];
    });
}

type AlertRule = Extract<PrometheusRule, { alert: string }>;

function isAlert(rule: PrometheusRule): rule is AlertRule {
  return 'alert' in rule;
}

function testGroup(
  spec: ProcessDeclaration,
  alerts: readonly AlertRule[],
  traffic: 'failing and slow' | 'healthy',
): RuleTestGroup {
  const bad = traffic === 'failing and slow';
  const perMinute = (count: number) => `0+${count}x${minutes}`;
  const labels = `service="${spec.name}",method="GET",route="/things"`;
  const bound = String((spec.objectives?.latencyP99Ms ?? 0) / 1000);
  return {
    interval: '1m',
    name: `${spec.name}: every SLO alert ${bad ? 'fires when every request fails and is slow' : 'stays silent when every request is fine'}`,
    input_series: [
      { series: `http_requests_total{${labels},status="${bad ? 500 : 200}"}`, values: perMinute(60) },
      {
        series: `http_request_duration_seconds_bucket{${labels},le="${bound}"}`,
        values: perMinute(bad ? 0 : 60),
      },
      { series: `http_request_duration_seconds_count{${labels}}`, values: perMinute(60) },
    ],
    alert_rule_test: alerts.map((rule) => ({
      eval_time: evalTime,
      alertname: rule.alert,
      exp_alerts: bad ? [{ exp_labels: rule.labels, exp_annotations: rule.annotations }] : [],
    })),
  };
}
