import type { Role, User } from '@bazaar/contracts/identity';

/** A user as the rest of the service passes it around: never with a password. */
export type UserProfile = User;

/** A user with the password hash that login checks. */
export interface UserAccount extends UserProfile {
  passwordHash: string;
  createdAt: string;
  /** Bumped by every password or role change: tokens carrying an older one are refused. */
  sessionVersion: number;
}

/** Reads a stored role; anything unexpected is the least privileged role. */
export function toRole(value: string): Role {
  return value === 'admin' ? 'admin' : 'customer';
}

/** The form an email is stored and compared in: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The public face of an account. */
export function profileOf(account: UserAccount): UserProfile {
  return { id: account.id, email: account.email, name: account.name, role: account.role };
}
