import { randomBytes } from 'node:crypto';
import { readOrCreateAdminCredentials } from '../data/admin-credentials-file.js';
import { findUserByEmail, insertUserUnlessEmailTaken } from '../data/users.repository.js';
import { normalizeEmail } from '../domain/users.js';
import { changeCredentials } from './change-credentials.js';
import type { Collaborators } from './collaborators.js';

/** Where the admin account's email and password come from, and how to tell the operator. */
export interface AdminAccountSettings {
  email: string;
  /** ADMIN_PASSWORD; when unset a password is generated once and kept in `credentialsFile`. */
  password: string | undefined;
  credentialsFile: string;
  /** Shows a line to the operator (stdout, not the log). */
  announce: (line: string) => void;
}

/**
 * Makes sure the admin account exists with the admin role and the configured password. Safe to
 * run at every start and by several replicas at once: the email is unique and inserts yield.
 * It never promotes an account somebody registered (whoever signed up with the admin email
 * first would become admin): such a start fails and says why. A changed ADMIN_PASSWORD ends the
 * admin's old sessions.
 */
export async function ensureAdminAccount(
  collaborators: Pick<Collaborators, 'database' | 'passwords' | 'now'>,
  settings: AdminAccountSettings,
) {
  const { database, passwords, now } = collaborators;
  const email = normalizeEmail(settings.email);
  const password = settings.password ?? (await savedAdminPassword(email, settings, now()));
  const existing = await findUserByEmail(database.db, email);
  if (!existing) {
    const passwordHash = await passwords.hash(password);
    const createdAt = now().toISOString();
    await insertUserUnlessEmailTaken(database.db, {
      email,
      name: 'Administrator',
      role: 'admin',
      passwordHash,
      createdAt,
    });
    return;
  }
  if (existing.role !== 'admin') throw new Error(refusedPromotion(email));
  if (await passwords.verify(existing.passwordHash, password)) return;
  await changeCredentials(collaborators, existing, { password, role: 'admin' });
}

function refusedPromotion(email: string): string {
  return (
    `ADMIN_EMAIL ${email} belongs to an account that was signed up, not made by identity as the ` +
    'admin account; identity never promotes an existing account to admin (whoever registered the ' +
    'address first would get admin rights). Set ADMIN_EMAIL to an address nobody has registered.'
  );
}

async function savedAdminPassword(email: string, settings: AdminAccountSettings, now: Date): Promise<string> {
  const file = settings.credentialsFile;
  const { credentials, created } = await readOrCreateAdminCredentials(file, () => ({
    email,
    password: randomBytes(18).toString('base64url'),
    createdAt: now.toISOString(),
  }));
  settings.announce(
    created
      ? `Admin account: ${email} / ${credentials.password} (saved in ${file})`
      : `Admin account: ${email} (password saved in ${file})`,
  );
  return credentials.password;
}
