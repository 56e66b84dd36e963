import { unauthenticated } from '@bazaar/platform';
import type { LogInBody } from '@bazaar/contracts/identity';
import { findUserByEmail, updateUserCredentials } from '../data/users.repository.js';
import { normalizeEmail, type UserAccount } from '../domain/users.js';
import type { LoginAttempt } from '../security/login-throttle.js';
import type { Collaborators } from './collaborators.js';
import { startSession, type Session } from './start-session.js';

/**
 * Signs a user in with email and password, from `address`. An unknown email and a wrong password
 * get the same answer after the same work (a password check against a dummy hash), so neither
 * reveals accounts; both count towards the throttle, which refuses before any password work.
 */
export async function logIn(
  collaborators: Collaborators,
  input: LogInBody,
  address: string,
): Promise<Session> {
  const { database, passwords, loginThrottle } = collaborators;
  const attempt: LoginAttempt = { email: normalizeEmail(input.email), address };
  await loginThrottle.admit(attempt);
  const account = await findUserByEmail(database.db, attempt.email);
  const matches = await passwords.verify(account?.passwordHash, input.password);
  if (!account || !matches) throw unauthenticated('The email or password is not correct.');
  await loginThrottle.succeeded(attempt);
  await upgradeHashIfWeak(collaborators, account, input.password);
  return startSession(collaborators, database.db, account);
}

async function upgradeHashIfWeak(collaborators: Collaborators, account: UserAccount, password: string) {
  if (!collaborators.passwords.needsRehash(account.passwordHash)) return;
  await updateUserCredentials(collaborators.database.db, account.id, {
    passwordHash: await collaborators.passwords.hash(password),
    role: account.role,
    updatedAt: collaborators.now().toISOString(),
  });
}
