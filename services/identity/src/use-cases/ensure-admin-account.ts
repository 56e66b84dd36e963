import { randomBytes } from 'node:crypto';
import { readOrCreateAdminCredentials } from '../data/admin-credentials-file.js';
import {
  findUserByEmail,
  insertUserUnlessEmailTaken,
  updateUserCredentials,
} from '../data/users.repository.js';
import { normalizeEmail } from '../domain/users.js';
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
  if (existing.role === 'admin' && (await passwords.verify(existing.passwordHash, password))) return;
  await updateUserCredentials(database.db, existing.id, {
    passwordHash: await passwords.hash(password),
    role: 'admin',
    updatedAt: now().toISOString(),
  });
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
