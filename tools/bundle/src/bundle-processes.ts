// Bundles every process in one esbuild run with code splitting: what processes share (the kit and
// its packages) is parsed and written once, into chunks that each bundle imports.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.js';

/** The folder, relative to the repo root, that holds the chunks the bundles share. */
export const chunkDir = 'dist/bundle-chunks';

/** One process to bundle: the compiled entry file and the bundle to write, relative to the root. */
export interface BundleTarget {
  readonly entry: string;
  readonly bundle: string;
}

/** Writes each target's bundle, the shared chunks and their source maps; returns the input files. */
export async function bundleProcesses(root: string, targets: readonly BundleTarget[]): Promise<string[]> {
  // chunk names carry a content hash, so the chunks of earlier builds would pile up
  fs.rmSync(path.join(root, chunkDir), { recursive: true, force: true });
  const result = await build({
    ...bundleOptions,
    absWorkingDir: root,
    outdir: root,
    splitting: true,
    chunkNames: `${chunkDir}/[name]-[hash]`,
    entryPoints: targets.map((target) => ({
      in: path.join(root, target.entry),
      out: target.bundle.replace(/\.js$/, ''),
    })),
  });
  return Object.keys(result.metafile?.inputs ?? {}).map((input) => path.resolve(root, input));
}
