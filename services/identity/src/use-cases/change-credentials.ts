import { revokeUserRefreshTokens } from '../data/refresh-tokens.repository.js';
import { bumpSessionVersion, updateUserCredentials } from '../data/users.repository.js';
import type { UserAccount } from '../domain/users.js';
import type { Collaborators } from './collaborators.js';

/**
 * Gives an account a new password (and role), and ends every session it had: refresh tokens are
 * revoked and the session version is bumped, so its access tokens are refused where the user
 * store is consulted (identity's /me, every admin route) at once, and everywhere once they expire.
 */
export async function changeCredentials(
  collaborators: Pick<Collaborators, 'database' | 'passwords' | 'now'>,
  account: UserAccount,
  changes: { password: string; role: 'customer' | 'admin' },
): Promise<void> {
  const { database, passwords } = collaborators;
  const passwordHash = await passwords.hash(changes.password);
  const at = collaborators.now().toISOString();
  await database.transaction(async (trx) => {
    await updateUserCredentials(trx, account.id, { passwordHash, role: changes.role, updatedAt: at });
    await bumpSessionVersion(trx, account.id);
    await revokeUserRefreshTokens(trx, account.id, at);
  });
}
