// Test support: the cart started in-process as main.ts starts it, on a test database and bus.
import type { DatabaseLocation, HttpApp, TokenVerifier } from '@bazaar/platform';
import { startServiceInProcess } from '@bazaar/platform/testing';
import { cartService } from '../service.js';

/** Starts the cart on the location's database and embedded bus, asking the catalog at `catalogUrl`. */
export async function startCart(
  location: DatabaseLocation,
  verifyToken: TokenVerifier,
  catalogUrl: string,
): Promise<HttpApp> {
  const started = await startServiceInProcess(cartService, {
    location,
    verifyToken,
    env: { CATALOG_URL: catalogUrl },
  });
  return started.app;
}
