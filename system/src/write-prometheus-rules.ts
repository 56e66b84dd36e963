// `npm run prometheus:rules`: writes the generated SLO rules and their tests under deploy/prometheus.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bazaar } from '../bazaar.system.js';
import { generatedPrometheusFiles } from './prometheus-rule-files.js';

const deployDir = fileURLToPath(new URL('../../../deploy/prometheus/', import.meta.url) /* from dist/src */);
for (const [file, text] of Object.entries(generatedPrometheusFiles(bazaar))) {
  writeFileSync(deployDir + file, text);
  process.stdout.write(`deploy/prometheus/${file}: written from system/bazaar.system.ts\n`);
}
