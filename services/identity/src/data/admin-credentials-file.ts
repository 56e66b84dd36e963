import fs from 'node:fs/promises';
import { writeFileOnce } from './private-file.js';

/** The generated admin credentials as kept in the data directory. */
export interface AdminCredentials {
  email: string;
  password: string;
  createdAt: string;
}

/**
 * Reads the admin credentials file, creating it (mode 0600) from `generate()` when missing.
 * `created` is true only for the one process whose file won, so only it shows the password.
 */
export async function readOrCreateAdminCredentials(
  file: string,
  generate: () => AdminCredentials,
): Promise<{ credentials: AdminCredentials; created: boolean }> {
  const created = await writeFileOnce(file, `${JSON.stringify(generate(), null, 2)}\n`);
  const credentials = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<AdminCredentials>;
  if (typeof credentials.password !== 'string' || credentials.password.length < 10) {
    throw new Error(`${file} holds no usable admin password; delete it to generate a new one`);
  }
  return { credentials: credentials as AdminCredentials, created };
}
