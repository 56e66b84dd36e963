// The version a process runs: that of the package its entry file belongs to.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The `version` of the nearest package.json above the entry script (`dist/main.bundle.js` → its package); 'unknown' when none. */
export function processVersion(entry: string | undefined = process.argv[1]): string {
  if (cached !== undefined && entry === process.argv[1]) return cached;
  const version = entry ? versionAbove(path.dirname(path.resolve(entry))) : 'unknown';
  if (entry === process.argv[1]) cached = version;
  return version;
}

function versionAbove(folder: string): string {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
      return typeof version === 'string' ? version : 'unknown';
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
