// Writes the rendered manifests to a folder, removing process files the declaration no longer has.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SystemDeclaration } from '@bazaar/system';
import { renderManifests } from './manifests.js';
import { envFileOf, envFileText, secretsOf } from './process-secrets.js';

/** Writes every manifest under `dir`; returns the relative paths written. */
export function writeManifests(system: SystemDeclaration, dir: string): string[] {
  const texts = renderManifests(system);
  const processesDir = join(dir, 'processes');
  if (existsSync(processesDir)) {
    for (const file of readdirSync(processesDir)) {
      if (!texts.has(`processes/${file}`)) rmSync(join(processesDir, file));
    }
  }
  for (const [path, text] of texts) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return [...texts.keys()];
}

/** Writes each Secret env file that does not exist yet, with fresh values; returns their paths. */
export function writeMissingSecrets(system: SystemDeclaration, dir: string): string[] {
  const missing = system.processes
    .flatMap(secretsOf)
    .filter((secret) => !existsSync(join(dir, envFileOf(secret))));
  for (const secret of missing) {
    mkdirSync(dirname(join(dir, envFileOf(secret))), { recursive: true });
    writeFileSync(join(dir, envFileOf(secret)), envFileText(secret.values()), { mode: 0o600 });
  }
  return missing.map(envFileOf);
}
