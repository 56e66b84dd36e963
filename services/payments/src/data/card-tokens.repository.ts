import type { CardTokensTable, PaymentsDb } from './payments-schema.js';

/** Stores a new card token. */
export async function insertCardToken(db: PaymentsDb, token: CardTokensTable): Promise<void> {
  await db.insertInto('card_tokens').values(token).execute();
}

/** The card token with this id, or undefined. */
export async function findCardToken(db: PaymentsDb, id: string): Promise<CardTokensTable | undefined> {
  return db.selectFrom('card_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}
