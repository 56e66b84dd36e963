// The generated Prometheus files under deploy/prometheus, as text: the SLO rules and their tests.
import { stringify } from 'yaml';
import type { SystemDeclaration } from './declaration-types.js';
import { sloRuleGroups } from './slo-rules.js';
import { sloRuleTests } from './slo-rule-tests.js';

const header = (what: string) =>
  `# Generated from the objectives in system/bazaar.system.ts by \`npm run prometheus:rules\`: ${what}.\n` +
  '# Do not edit: change the declaration and regenerate (a test fails when this file is stale).\n';

/** Each generated file by its path relative to deploy/prometheus, with its content. */
export function generatedPrometheusFiles(system: SystemDeclaration): Record<string, string> {
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  return {
    'rules/slo.rules.yml':
      header('recording rules and burn-rate alerts') + yaml({ groups: sloRuleGroups(system) }),
    'tests/slo.generated.test.yml':
      header('each SLO alert fires on bad traffic, never on good') +
      yaml({
        rule_files: ['../rules/slo.rules.yml'],
        evaluation_interval: '1m',
        tests: sloRuleTests(system),
      }),
  };
}
