// Calls a service directly the way its allowed callers do: with a credential signed by the key
// `npm start` provisioned for the caller in <DATA_DIR>/service-keys.json.
import fs from 'node:fs';
import path from 'node:path';
import type { JWK } from 'jose';
import { serviceCredentialWith } from '@bazaar/platform/testing';
import type { RunningSystem } from './system.js';

/** Every process's private key, as the runner provisioned them for this system. */
export function provisionedServiceKeys(system: Pick<RunningSystem, 'dataDir'>): Record<string, JWK> {
  const file = path.join(system.dataDir, 'service-keys.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, JWK>;
}

/** The credential header `caller` sends to `callee` (issued `issuedSecondsAgo` before now). */
export function credentialOf(
  system: Pick<RunningSystem, 'dataDir'>,
  caller: string,
  callee: string,
  issuedSecondsAgo = 0,
): Promise<Record<string, string>> {
  const key = provisionedServiceKeys(system)[caller];
  if (!key) throw new Error(`no provisioned key for ${caller}`);
  return serviceCredentialWith(caller, key, callee, { issuedSecondsAgo });
}

/** The header a scraper reads /metrics with: the runner's metrics token for this system. */
export function metricsTokenHeader(system: Pick<RunningSystem, 'dataDir'>): Record<string, string> {
  const token = fs.readFileSync(path.join(system.dataDir, 'metrics-token'), 'utf8').trim();
  return { authorization: `Bearer ${token}` };
}
