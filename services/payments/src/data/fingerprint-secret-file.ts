import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';

/** The file, in the data folder, that keeps the generated fingerprint secret. */
export const fingerprintSecretFileName = 'payments-fingerprint-secret';

/**
 * Reads the fingerprint secret from `<dataDir>/payments-fingerprint-secret`, creating it (mode
 * 0600) on first use. The file appears whole (an exclusive hard link), so replicas starting
 * together agree on one secret.
 */
export async function loadOrCreateFingerprintSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, fingerprintSecretFileName);
  await fs.mkdir(dataDir, { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  await fs.writeFile(temp, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  try {
    await fs.link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
  return (await fs.readFile(file, 'utf8')).trim();
}
