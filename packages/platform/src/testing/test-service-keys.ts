import type { JWK } from 'jose';
import { bazaar, callersOf } from '@bazaar/system';
import {
  generateServiceKeyRing,
  publicServiceKeys,
  serviceCredentialHeader,
  type ServiceKeyRing,
} from '../auth/service-keys.js';
import { credentialMinter } from '../client/service-credential.js';

let ring: Promise<ServiceKeyRing> | undefined;

/** One key per declared process, made once per test process: the ring the runner would provision. */
export function testServiceKeyRing(): Promise<ServiceKeyRing> {
  return (ring ??= generateServiceKeyRing(bazaar.processes.map((spec) => spec.name)));
}

/** The environment that gives `service` its own key and everyone's public keys, as the runner does. */
export async function testServiceKeyEnv(service: string): Promise<Record<string, string>> {
  const keys = await testServiceKeyRing();
  const own = keys[service];
  return {
    ...(own ? { SERVICE_KEY: JSON.stringify(own) } : {}),
    SERVICE_PUBLIC_KEYS: JSON.stringify(publicServiceKeys(keys)),
  };
}

/** What a test may change in a credential it mints: when it was issued (to make an expired one). */
export interface TestCredentialOptions {
  /** Seconds before now it was issued (default 0). */
  issuedSecondsAgo?: number;
}

/** The credential header `caller` sends to `callee`, signed with the test ring's key of `caller`. */
export async function serviceCredentialAs(
  caller: string,
  callee: string,
  options: TestCredentialOptions = {},
): Promise<Record<string, string>> {
  const key = (await testServiceKeyRing())[caller];
  if (!key) throw new Error(`${caller} is not a declared process`);
  return serviceCredentialWith(caller, key, callee, options);
}

/** The credential header `caller` sends to `callee`, signed with the given private key (the runner's). */
export async function serviceCredentialWith(
  caller: string,
  privateJwk: JWK,
  callee: string,
  options: TestCredentialOptions = {},
): Promise<Record<string, string>> {
  const shift = (options.issuedSecondsAgo ?? 0) * 1000;
  const mint = credentialMinter(caller, privateJwk, () => Date.now() - shift);
  return { [serviceCredentialHeader]: await mint(callee) };
}

/** The caller tests call a service as: the gateway when it may, else the first declared caller. */
export function defaultTestCaller(service: string): string | undefined {
  const callers = callersOf(bazaar, service);
  return callers.includes('gateway') ? 'gateway' : callers[0];
}
