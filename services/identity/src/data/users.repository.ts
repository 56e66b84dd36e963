import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { toRole, type UserAccount } from '../domain/users.js';
import type { IdentityTables, UsersTable } from './schema.js';

/** The database or a transaction on it. */
type Db = Kysely<IdentityTables>;

/** What it takes to create an account. */
export interface NewUser {
  email: string;
  name: string;
  role: 'customer' | 'admin';
  passwordHash: string;
  createdAt: string;
}

/** A new user id: `usr_` and 32 random hex digits. */
export function newUserId(): string {
  return `usr_${randomUUID().replaceAll('-', '')}`;
}

function toAccount(row: Selectable<UsersTable>): UserAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: toRole(row.role),
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    sessionVersion: Number(row.session_version),
  };
}

/** The account with this (normalized) email, if any. */
export async function findUserByEmail(db: Db, email: string): Promise<UserAccount | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && toAccount(row);
}

/** The account with this id, if any. */
export async function findUserById(db: Db, id: string): Promise<UserAccount | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/** Inserts the account unless its email is taken (then nothing changes); returns it when inserted. */
export async function insertUserUnlessEmailTaken(db: Db, user: NewUser): Promise<UserAccount | undefined> {
  const row = {
    id: newUserId(),
    email: user.email,
    name: user.name,
    role: user.role,
    password_hash: user.passwordHash,
    created_at: user.createdAt,
    updated_at: user.createdAt,
  };
  const result = await db
    .insertInto('users')
    .values(row)
    .onConflict((conflict) => conflict.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
    ? toAccount({ ...row, session_version: 0 })
    : undefined;
}

/** Bumps the account's session version: every access token issued before now is refused. */
export async function bumpSessionVersion(db: Db, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Replaces an account's password hash and role (a rehash keeps sessions; see changeCredentials). */
export async function updateUserCredentials(
  db: Db,
  id: string,
  changes: { passwordHash: string; role: 'customer' | 'admin'; updatedAt: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: changes.passwordHash, role: changes.role, updated_at: changes.updatedAt })
    .where('id', '=', id)
    .execute();
}
