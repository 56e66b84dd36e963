// `npm run build`, after tsc: bundles every process of the system declaration into the file the
// runner starts (see tools/runner/src/entry-files.ts), unless nothing changed since the last time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledEntryOf, compiledEntryOf } from '@bazaar/runner/entry-files';
import { bazaar } from '@bazaar/system';
import { isUpToDate, recordInputs } from './bundle-freshness.js';
import { bundleProcesses, chunkDir } from './bundle-processes.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const stampFile = path.join(repoRoot, chunkDir, 'inputs.json');
const installedPackages = path.join(repoRoot, 'node_modules/.package-lock.json');
const targets = bazaar.processes.map((spec) => ({
  entry: compiledEntryOf(spec.dir),
  bundle: bundledEntryOf(spec.dir),
}));
const bundles = targets.map((target) => path.join(repoRoot, target.bundle));

try {
  if (!isUpToDate(stampFile, bundles, [installedPackages])) {
    const started = performance.now();
    const inputs = await bundleProcesses(repoRoot, targets);
    recordInputs(stampFile, inputs);
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`bundled ${targets.length} processes from ${inputs.length} files in ${ms} ms\n`);
  }
} catch (error) {
  process.stderr.write(`bundle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
