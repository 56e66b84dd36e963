import { conflict } from '@bazaar/platform';
import { UserRegistered, type SignUpBody } from '@bazaar/contracts/identity';
import { insertUserUnlessEmailTaken } from '../data/users.repository.js';
import { normalizeEmail, profileOf } from '../domain/users.js';
import type { Collaborators } from './collaborators.js';
import { startSession, type Session } from './start-session.js';

/**
 * Creates a customer account and signs it in from `address`; an email already in use is a 409.
 * A new account gives its address one failed sign-in back (the usual "log in, 401, sign up").
 */
export async function signUp(
  collaborators: Collaborators,
  input: SignUpBody,
  address: string,
): Promise<Session> {
  const email = normalizeEmail(input.email);
  const passwordHash = await collaborators.passwords.hash(input.password);
  const session = await collaborators.database.transaction(async (trx) => {
    const account = await insertUserUnlessEmailTaken(trx, {
      email,
      name: input.name,
      role: 'customer',
      passwordHash,
      createdAt: collaborators.now().toISOString(),
    });
    if (!account) throw conflict('An account with this email already exists.');
    const profile = profileOf(account);
    await collaborators.bus.publish(trx, UserRegistered, {
      userId: profile.id,
      email: profile.email,
      name: profile.name,
      registeredAt: account.createdAt,
    });
    return startSession(collaborators, trx, account);
  });
  await collaborators.loginThrottle.signedUp(address);
  return session;
}
