// `npm run k8s`: writes deploy/k8s/ from the system declaration (and removes files it no longer
// makes). `npm run k8s -- --secrets` also writes each missing Secret env file with fresh values.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { bazaar } from '@bazaar/system';
import { writeManifests, writeMissingSecrets } from './write-manifests.js';

const outputDir = fileURLToPath(new URL('../../../deploy/k8s/', import.meta.url));
const { values } = parseArgs({ options: { secrets: { type: 'boolean', default: false } } });

const written = writeManifests(bazaar, outputDir);
console.log(`deploy/k8s: ${written.length} files from system/bazaar.system.ts`);
if (values.secrets) {
  const made = writeMissingSecrets(bazaar, outputDir);
  console.log(`deploy/k8s/secrets: ${made.length} new env files${made.length ? `: ${made.join(', ')}` : ''}`);
} else if (!existsSync(`${outputDir}secrets/identity-secrets.env`)) {
  console.log(
    'Secrets: run `npm run k8s -- --secrets` once to make their env files before `kubectl apply -k deploy/k8s`.',
  );
}
