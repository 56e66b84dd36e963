// deploy/prometheus against a real promtool: the configuration and rules are valid, every rule
// test passes (each alert fires when it should and not otherwise), and the generated files are
// what the declaration gives today.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bazaar } from '../bazaar.system.js';
import { generatedPrometheusFiles } from './prometheus-rule-files.js';

const run = promisify(execFile);
const deployDir = fileURLToPath(new URL('../../deploy/prometheus/', import.meta.url));

describe('deploy/prometheus', () => {
  it('holds the SLO rules and tests the declaration generates (run `npm run prometheus:rules`)', () => {
    for (const [file, text] of Object.entries(generatedPrometheusFiles(bazaar))) {
      expect(readFileSync(deployDir + file, 'utf8'), file).toBe(text);
    }
  });

  it('is a configuration promtool accepts, rules and all', async () => {
    const { stdout } = await run('promtool', ['check', 'config', 'prometheus.yml'], { cwd: deployDir });
    expect(stdout).toContain('is valid prometheus config file syntax');
    expect(stdout).not.toContain('FAILED');
  });

  it(
    'passes every rule test: each alert fires when it should and stays silent otherwise',
    { timeout: 180_000 },
    async () => {
      const tests = readdirSync(deployDir + 'tests').map((file) => `tests/${file}`);
      expect(tests).toContain('tests/slo.generated.test.yml');
      const { stdout } = await run('promtool', ['test', 'rules', ...tests], { cwd: deployDir });
      expect(stdout.match(/SUCCESS/g)).toHaveLength(tests.length);
    },
  );
});
