import { randomBytes } from 'node:crypto';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/** Argon2id at the OWASP minimum: 19 MiB of memory, two passes, one lane. */
const argon2Options = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and checks passwords; never stores, returns or logs a password. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Checks a password; with no hash (unknown email) it spends the same time and says no. */
  verify(passwordHash: string | undefined, password: string): Promise<boolean>;
  /** Whether a hash was made with weaker settings than today's and should be replaced. */
  needsRehash(passwordHash: string): boolean;
}

/** Creates the hasher, with a dummy hash ready so an unknown email costs as much as a wrong password. */
export async function createPasswordHasher(): Promise<PasswordHasher> {
  const hashPassword = (password: string) => hash(password, argon2Options);
  const dummyHash = await hashPassword(randomBytes(16).toString('base64url'));
  return {
    hash: hashPassword,
    async verify(passwordHash, password) {
      try {
        const matches = await verify(passwordHash ?? dummyHash, password);
        return matches && passwordHash !== undefined;
      } catch {
        return false; // a malformed stored hash never lets anyone in
      }
    },
    needsRehash: (passwordHash) => needsRehash(passwordHash, argon2Options),
  };
}
