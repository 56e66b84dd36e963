import type { ProcessSpec } from './topology.js';

/** Replica count per process name, e.g. { catalog: 3, identity: 1, gateway: 1 }. */
export type Replicas = ReadonlyMap<string, number>;

/** Parses SCALE ("catalog=3,identity=2") into a replica count for every process; 1 where unset. */
export function parseScale(text: string | undefined, specs: readonly ProcessSpec[]): Replicas {
  const replicas = new Map(specs.map((spec) => [spec.name, 1]));
  const seen = new Set<string>();
  for (const entry of (text ?? '').split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const [name, count] = parseEntry(text ?? '', entry, specs);
    if (seen.has(name)) throw scaleError(text ?? '', `"${name}" is given more than once`);
    seen.add(name);
    replicas.set(name, count);
  }
  return replicas;
}

function parseEntry(text: string, entry: string, specs: readonly ProcessSpec[]): [string, number] {
  const match = /^([a-z][a-z0-9-]*)\s*=\s*(\d+)$/.exec(entry);
  if (!match) throw scaleError(text, `"${entry}" is not of the form name=count`);
  const name = match[1] as string;
  const count = Number(match[2]);
  const spec = specs.find((candidate) => candidate.name === name);
  if (!spec) {
    const known = specs.map((candidate) => candidate.name).join(', ');
    throw scaleError(text, `"${name}" is not a process the runner knows (known: ${known})`);
  }
  if (count < 1) throw scaleError(text, `"${name}" needs at least 1 replica, got ${count}`);
  if (spec.port === 'public' && count !== 1) {
    throw scaleError(text, `"${name}" listens on PORT, so it runs as exactly one process`);
  }
  return [name, count];
}

function scaleError(text: string, reason: string): Error {
  return new Error(`Invalid SCALE "${text}": ${reason}. Example: SCALE=catalog=3,identity=2`);
}
