// Checks before anything starts, so a clash or a missing build is reported in one clear line.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { entryFileOf, type Instance } from './instances.js';
import { findBusyPorts } from './ports.js';

/** Throws, naming each port and its would-be owner, when any instance's port is already taken. */
export async function refuseBusyPorts(instances: readonly Instance[]): Promise<void> {
  const busy = await findBusyPorts(instances.map((instance) => instance.port));
  if (busy.length === 0) return;
  const owners = instances.filter((instance) => busy.includes(instance.port));
  const list = owners.map((instance) => `${instance.port} (${instance.id})`).join(', ');
  throw new Error(`ports already in use: ${list}. Is Bazaar already running? Set PORT / SERVICE_PORT_BASE.`);
}

/** The entry files (`<dir>/dist/main.bundle.js`) that have not been built yet. */
export function findMissingBuilds(instances: readonly Instance[], repoRoot: string): string[] {
  const entries = [...new Set(instances.map(entryFileOf))];
  return entries.filter((entry) => !existsSync(path.join(repoRoot, entry)));
}
