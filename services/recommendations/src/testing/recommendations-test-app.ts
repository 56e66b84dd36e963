// Test support: recommendations started in-process as main.ts starts it, on a test database and bus.
import type { Kysely } from 'kysely';
import {
  type DatabaseLocation,
  type HttpApp,
  type ServiceResources,
  type TokenVerifier,
} from '@bazaar/platform';
import { startServiceInProcess, waitUntil } from '@bazaar/platform/testing';
import type { RecommendationsSchema } from '../data/recommendations-schema.js';
import { recommendationsService } from '../service.js';

/** A running recommendations app (never listening) and its resources. */
export interface RecommendationsTestApp {
  app: HttpApp;
  resources: ServiceResources<RecommendationsSchema>;
}

/** Starts recommendations on the location's database and embedded bus; closing the app closes both. */
export async function startRecommendations(
  location: DatabaseLocation,
  verifyToken: TokenVerifier,
): Promise<RecommendationsTestApp> {
  return startServiceInProcess(recommendationsService, { location, verifyToken });
}

/**
 * Waits until recommendations has handled (or acknowledged as seen) every one of these events:
 * the inbox holds their ids. Only a way to know when to look; tests assert what the API answers.
 */
export async function waitUntilHandled(
  resources: ServiceResources<RecommendationsSchema>,
  eventIds: readonly string[],
): Promise<void> {
  const db = resources.database.db as unknown as Kysely<{ bus_inbox: { event_id: string } }>;
  await waitUntil(async () => {
    const rows = await db
      .selectFrom('bus_inbox')
      .select('event_id')
      .where('event_id', 'in', eventIds)
      .execute();
    return new Set(rows.map((row) => row.event_id)).size === new Set(eventIds).size;
  });
}
