// Writes the rendered manifests to a folder, removing process files the declaration no longer has.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseEnv } from 'node:util';
import type { SystemDeclaration } from '@bazaar/system';
import { renderManifests } from './manifests.js';
import {
  envFileOf,
  envFileText,
  secretsOf,
  serviceIdentitySecretOf,
  type ProcessSecret,
} from './process-secrets.js';

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

/**
 * Writes each Secret env file that does not exist yet, with fresh values, then the shared public
 * keys again when a service key is new; returns the paths written.
 */
export function writeMissingSecrets(system: SystemDeclaration, dir: string): string[] {
  const missing = system.processes
    .flatMap(secretsOf)
    .filter((secret) => !existsSync(join(dir, envFileOf(secret))));
  for (const secret of missing) writeEnvFile(dir, secret);
  const shared = serviceIdentitySecretOf(system, (file) => readEnvFile(join(dir, file)));
  const stale = missing.some((secret) => secret.name.endsWith('-service-key'));
  if (stale || !existsSync(join(dir, envFileOf(shared)))) {
    writeEnvFile(dir, shared);
    return [...missing, shared].map(envFileOf);
  }
  return missing.map(envFileOf);
}

function writeEnvFile(dir: string, secret: ProcessSecret): void {
  mkdirSync(dirname(join(dir, envFileOf(secret))), { recursive: true });
  writeFileSync(join(dir, envFileOf(secret)), envFileText(secret.values()), { mode: 0o600 });
}

function readEnvFile(file: string): Record<string, string> | undefined {
  if (!existsSync(file)) return undefined;
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}
