import type { JWK } from 'jose';
import { bazaar, callersOf } from '@bazaar/system';
import type { ServiceKeySettings } from '../auth/service-keys.js';
import { credentialMinter, type CredentialMinter } from '../client/service-credential.js';
import type { CallerCheckOptions } from '../http/caller-check.js';

/** This process's credential minter from SERVICE_KEY; undefined (calls go without one) when unset. */
export function serviceCredentialMinter(
  service: string,
  config: ServiceKeySettings,
): CredentialMinter | undefined {
  if (!config.SERVICE_KEY) return undefined;
  return credentialMinter(service, parseJson<JWK>(config.SERVICE_KEY, 'SERVICE_KEY'));
}

/**
 * Who may call `service` (the declaration's callers, and the process itself: identity's kit routes
 * look the admin's role up at its own `/me`) and the keys that prove it, from configuration.
 */
export function callerCheckOptions(
  service: string,
  config: ServiceKeySettings & { METRICS_TOKEN?: string | undefined },
): CallerCheckOptions {
  const publicKeys = config.SERVICE_PUBLIC_KEYS
    ? parseJson<Record<string, JWK>>(config.SERVICE_PUBLIC_KEYS, 'SERVICE_PUBLIC_KEYS')
    : undefined;
  return {
    service,
    allowedCallers: [...new Set([...callersOf(bazaar, service), service])],
    publicKeys,
    metricsToken: config.METRICS_TOKEN,
  };
}

function parseJson<T>(text: string, key: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${key} is not JSON`);
  }
}
