import { isPostgres } from '@bazaar/platform';
import { sql, type Kysely } from 'kysely';
import type { SearchDb } from './search-schema.js';

/** How a read of the index state locks its row (PostgreSQL only; SQLite writers are serialized anyway). */
export type StateLock = 'none' | 'share' | 'update';

/** The generation queries read, and the one a rebuild is filling (null when none is). */
export interface IndexState {
  liveGeneration: number;
  buildingGeneration: number | null;
}

/**
 * Reads the index state. Event handlers read it with a share lock and rebuilds with an update
 * lock, so a swap never slips between a handler's read and its writes.
 */
export async function readIndexState(db: SearchDb, lock: StateLock = 'none'): Promise<IndexState> {
  const locking = isPostgres(db as unknown as Kysely<unknown>) ? lock : 'none';
  const row = await db
    .selectFrom('index_state')
    .select(['live_generation', 'building_generation'])
    .where('id', '=', 1)
    .$if(locking === 'share', (query) => query.forShare())
    .$if(locking === 'update', (query) => query.forUpdate())
    .executeTakeFirstOrThrow();
  const building = row.building_generation;
  return {
    liveGeneration: Number(row.live_generation),
    buildingGeneration: building === null ? null : Number(building),
  };
}

/** The generations an event must update: the live one, and the one being built when there is one. */
export async function writableGenerations(db: SearchDb): Promise<number[]> {
  const state = await readIndexState(db, 'share');
  return state.buildingGeneration === null
    ? [state.liveGeneration]
    : [state.liveGeneration, state.buildingGeneration];
}

/** Starts filling a new, empty generation (dropping any abandoned one) and returns its number. */
export async function beginGeneration(db: SearchDb): Promise<number> {
  const state = await readIndexState(db, 'update');
  const highest = await db
    .selectFrom('products')
    .select(sql<number | null>`max(generation)`.as('generation'))
    .executeTakeFirst();
  const generation =
    Math.max(state.liveGeneration, state.buildingGeneration ?? 0, Number(highest?.generation ?? 0)) + 1;
  await db.deleteFrom('products').where('generation', '<>', state.liveGeneration).execute();
  await db.updateTable('index_state').set({ building_generation: generation }).where('id', '=', 1).execute();
  return generation;
}

/** Makes the built generation the live one and drops the old; false when another rebuild took over. */
export async function swapInGeneration(db: SearchDb, generation: number): Promise<boolean> {
  const state = await readIndexState(db, 'update');
  if (state.buildingGeneration !== generation) return false;
  await db
    .updateTable('index_state')
    .set({ live_generation: generation, building_generation: null })
    .where('id', '=', 1)
    .execute();
  await db.deleteFrom('products').where('generation', '<>', generation).execute();
  return true;
}

/** Gives up a generation being built: events stop feeding it and its rows go. */
export async function abandonGeneration(db: SearchDb, generation: number): Promise<void> {
  await db
    .updateTable('index_state')
    .set({ building_generation: null })
    .where('id', '=', 1)
    .where('building_generation', '=', generation)
    .execute();
  await db.deleteFrom('products').where('generation', '=', generation).execute();
}
