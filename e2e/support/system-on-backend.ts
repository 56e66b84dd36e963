// The usual start of an e2e suite: one system per backend, with the fast shop settings and a
// signed-in admin, started before the suite's tests and removed (with its backend) after them.
import { afterAll, beforeAll } from 'vitest';
import type { Backend } from './backends.js';
import { fastShopSettings, signIn, type Shopper } from './shop.js';
import { startSystem, type RunningSystem } from './system.js';

/** What the suite's tests use once `beforeAll` has run. */
export interface SystemUnderTest {
  system: RunningSystem;
  admin: Shopper;
}

/** Registers beforeAll/afterAll that start a system on the backend and remove it; returns what they set. */
export function useSystemOn(backend: Backend): SystemUnderTest {
  const state = {} as SystemUnderTest;
  let cleanup: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const prepared = await backend.prepare();
    cleanup = prepared.cleanup;
    state.system = await startSystem({ env: { ...fastShopSettings, ...prepared.env } });
    state.admin = await signIn(state.system.baseUrl, { admin: true });
  });
  afterAll(async () => {
    await state.system?.remove();
    await cleanup();
  });
  return state;
}
