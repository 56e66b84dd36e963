import { Ajv } from 'ajv';
import type { Static, TObject } from 'typebox';

/** Raised when the environment does not satisfy a service's configuration schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const ajv = new Ajv({ allErrors: true, coerceTypes: true, useDefaults: true, strict: false });

/**
 * Validates the environment once against a service's declared keys (with their descriptions and
 * defaults) and returns the typed configuration; every problem is reported together.
 */
export function loadConfig<S extends TObject>(schema: S, env: NodeJS.ProcessEnv = process.env): Static<S> {
  const declared = Object.keys(schema.properties);
  const candidate: Record<string, unknown> = {};
  for (const key of declared) {
    const value = env[key];
    if (value !== undefined && value !== '') candidate[key] = value;
  }
  const validate = ajv.compile(schema);
  if (validate(candidate)) return candidate as Static<S>;
  const problems = (validate.errors ?? []).map((error) => {
    const key = error.instancePath.replace(/^\//, '') || String(error.params.missingProperty ?? '');
    const property = schema.properties[key] as { description?: string } | undefined;
    const hint = property?.description ? ` (${property.description})` : '';
    return `${key}: ${error.message ?? 'is invalid'}${hint}`;
  });
  throw new ConfigError(problems);
}

/** Loads the configuration or, when it is invalid, prints every problem and exits non-zero. */
export function loadConfigOrExit<S extends TObject>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): Static<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSet these environment variables and start again.\n`);
    process.exit(78);
  }
}
