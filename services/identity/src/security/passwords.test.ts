import { beforeAll, describe, expect, it } from 'vitest';
import { createPasswordHasher, type PasswordHasher } from './passwords.js';

describe('password hashing', () => {
  let passwords: PasswordHasher;
  beforeAll(async () => {
    passwords = await createPasswordHasher();
  });

  it('stores an Argon2id hash at OWASP settings that holds no trace of the password', async () => {
    const stored = await passwords.hash('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$/);
    expect(stored).toMatch(/[$,]m=19456[,$]/);
    expect(stored).toMatch(/[$,]t=2[,$]/);
    expect(stored).not.toContain('correct horse');
    expect(passwords.needsRehash(stored)).toBe(false);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await passwords.hash('correct horse battery');
    expect(await passwords.verify(stored, 'correct horse battery')).toBe(true);
    expect(await passwords.verify(stored, 'Correct horse battery')).toBe(false);
  });

  it('says no when there is no account, and when the stored hash is unreadable', async () => {
    expect(await passwords.verify(undefined, 'correct horse battery')).toBe(false);
    expect(await passwords.verify('not-a-hash', 'correct horse battery')).toBe(false);
  });
});
