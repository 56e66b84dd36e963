// Where a bus finds the keys that prove its events' source (docs/decisions/0030).
import type { JWK } from 'jose';
import type { ProvenanceSettings } from './event-provenance.js';

/** This process's signing key and what consumers check events against. */
export interface BusProvenance extends ProvenanceSettings {
  /** This process's private Ed25519 JWK (SERVICE_KEY): signs every event the relay sends. */
  serviceKey?: JWK | undefined;
}

/** The provenance settings from SERVICE_KEY and SERVICE_PUBLIC_KEYS (JSON), as configuration holds them. */
export function busProvenanceOf(config: {
  SERVICE_KEY?: string | undefined;
  SERVICE_PUBLIC_KEYS?: string | undefined;
}): BusProvenance | undefined {
  if (!config.SERVICE_KEY && !config.SERVICE_PUBLIC_KEYS) return undefined;
  return {
    serviceKey: config.SERVICE_KEY ? parseJson<JWK>(config.SERVICE_KEY, 'SERVICE_KEY') : undefined,
    publicKeys: config.SERVICE_PUBLIC_KEYS
      ? parseJson<Record<string, JWK>>(config.SERVICE_PUBLIC_KEYS, 'SERVICE_PUBLIC_KEYS')
      : undefined,
  };
}

/**
 * The same read from the process environment, for a bus whose opener does not pass `provenance`
 * (the runner gives every process both variables). TODO(0030): openServiceResources should pass
 * `provenance: busProvenanceOf(config)` so the bus reads nothing from the environment itself.
 */
export function provenanceFromEnvironment(): BusProvenance | undefined {
  return busProvenanceOf(process.env);
}

function parseJson<T>(text: string, key: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${key} is not JSON`);
  }
}
