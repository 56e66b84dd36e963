// Each child gets the runner's environment minus what belongs to other processes alone: a
// process's declared secrets and its own database URL reach that process and no other, and the
// runner's own keys (the broker administrator's URL) reach none.
import { bazaar, databaseUrlKeyOf, type SystemDeclaration } from '@bazaar/system';

/** Keys the runner alone reads: no child gets them (the broker administrator's URL). */
export const runnerOnlyKeys = ['BUS_ADMIN_URL'] as const;

/** The keys only some processes may read, each with the processes that may (none: the runner's own). */
export function privateKeysOf(system: SystemDeclaration = bazaar): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>(runnerOnlyKeys.map((key) => [key, new Set<string>()]));
  for (const spec of system.processes) {
    const keys = [...spec.secrets, ...(spec.database === 'own' ? [databaseUrlKeyOf(spec.name)] : [])];
    for (const key of keys) owners.set(key, (owners.get(key) ?? new Set()).add(spec.name));
  }
  return owners;
}

/** The inherited environment without the secrets and database URLs of other processes. */
export function withoutOthersSecrets(
  name: string,
  inherited: NodeJS.ProcessEnv,
  owners: Map<string, Set<string>> = privateKeysOf(),
): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(inherited).filter(([key]) => owners.get(key)?.has(name) ?? true));
}
