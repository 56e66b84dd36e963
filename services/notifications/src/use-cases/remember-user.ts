import type { UserRegistered } from '@bazaar/contracts/identity';
import type { NotificationsDb } from '../data/notifications-schema.js';
import { saveUser } from '../data/users.repository.js';

/** Keeps a registered user's email address and name, to address their notifications. */
export async function rememberUser(db: NotificationsDb, user: UserRegistered): Promise<void> {
  await saveUser(db, {
    user_id: user.userId,
    email: user.email,
    name: user.name,
    registered_at: user.registeredAt,
  });
}
