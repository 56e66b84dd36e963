// DATA_DIR holds password hashes, addresses, keys and the bus: only the user who runs Bazaar reads it.
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes DATA_DIR 0700 and what earlier starts left in it 0600 (folders 0700), and makes everything
 * the runner and its children write from now on private too: children inherit the umask.
 */
export function keepDataPrivate(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(path.join(dataDir, entry.name), 0o600);
    else if (entry.isDirectory()) chmodSync(path.join(dataDir, entry.name), 0o700);
  }
}
