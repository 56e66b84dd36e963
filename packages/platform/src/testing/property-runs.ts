// How property-based tests (fast-check) run: a fixed seed in CI, so a failure replays exactly;
// another seed or more runs on demand (PROPERTY_SEED, PROPERTY_RUNS); the seed is always printed.

/** The fast-check parameters of one property: its seed and number of runs. */
export interface PropertyRuns {
  seed: number;
  numRuns: number;
}

/** The seed every property uses unless PROPERTY_SEED says otherwise. */
export const defaultPropertySeed = 20_261_202;

/**
 * The parameters for the property `name`: PROPERTY_SEED (default a fixed one) and PROPERTY_RUNS
 * (default `runs`), printed with the name so a run can be replayed with the same seed.
 */
export function propertyRuns(name: string, runs: number, env = process.env): PropertyRuns {
  const seed = parseInteger(env.PROPERTY_SEED, 'PROPERTY_SEED') ?? defaultPropertySeed;
  const numRuns = parseInteger(env.PROPERTY_RUNS, 'PROPERTY_RUNS') ?? runs;
  console.info(`property "${name}": seed ${seed}, ${numRuns} runs (replay: PROPERTY_SEED=${seed})`);
  return { seed, numRuns };
}

function parseInteger(value: string | undefined, key: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new Error(`${key} must be an integer, got "${value}"`);
  return parsed;
}
