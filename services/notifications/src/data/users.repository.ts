import type { NotificationsDb, UsersTable } from './notifications-schema.js';

/** Saves a user's address, replacing an older one for the same user. */
export async function saveUser(db: NotificationsDb, user: UsersTable): Promise<void> {
  await db
    .insertInto('users')
    .values(user)
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ email: user.email, name: user.name }))
    .execute();
}
