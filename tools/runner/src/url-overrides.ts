// RUNNER_URL_OVERRIDES: for fault tests, the address callers are given for a process instead of
// its replicas' own, e.g. `inventory=http://127.0.0.1:40123` to put a fault proxy in front of it.
import { urlKeyOf } from '@bazaar/system';
import type { ProcessSpec } from './topology.js';

/** `<NAME>_URL` values that replace the runner's own for every caller; empty when unset. */
export type UrlOverrides = Readonly<Record<string, string>>;

/** Reads `name=url,…`; throws for a name the declaration does not have or a URL that is not http(s). */
export function parseUrlOverrides(text: string | undefined, specs: readonly ProcessSpec[]): UrlOverrides {
  const overrides: Record<string, string> = {};
  for (const part of (text ?? '').split(',').filter((item) => item.trim() !== '')) {
    const separator = part.indexOf('=');
    const name = part.slice(0, separator).trim();
    const url = part.slice(separator + 1).trim();
    if (separator < 0 || !specs.some((spec) => spec.name === name)) {
      throw new Error(
        `RUNNER_URL_OVERRIDES: "${part.trim()}" does not name a process; the processes are ${specs.map((spec) => spec.name).join(', ')}`,
      );
    }
    if (!isHttpUrl(url))
      throw new Error(`RUNNER_URL_OVERRIDES: the URL of ${name} must be http(s)://…, got "${url}"`);
    overrides[urlKeyOf(name)] = url;
  }
  return overrides;
}

/** The URL variables a child is given, with the overridden ones replaced (only those it already had). */
export function applyUrlOverrides(
  variables: Record<string, string>,
  overrides: UrlOverrides,
): Record<string, string> {
  const result = { ...variables };
  for (const [key, url] of Object.entries(overrides)) if (key in result) result[key] = url;
  return result;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
