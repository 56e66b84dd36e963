// `npm start` builds first; when nothing a bundle was made of has changed since, bundling again
// would only cost seconds. The list of inputs of the last build is kept to tell.
import fs from 'node:fs';

/** Records the input files of a build that has just written its bundles. */
export function recordInputs(stampFile: string, inputs: readonly string[]): void {
  fs.writeFileSync(stampFile, JSON.stringify(inputs));
}

/**
 * True when every bundle exists and no input of the last build (nor `alsoWatched`, e.g. the file
 * npm rewrites on every install) has changed since its stamp was written.
 */
export function isUpToDate(
  stampFile: string,
  bundles: readonly string[],
  alsoWatched: readonly string[],
): boolean {
  const stampedAt = modifiedAt(stampFile);
  if (stampedAt === undefined || bundles.some((bundle) => modifiedAt(bundle) === undefined)) return false;
  const inputs = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as string[];
  return [...inputs, ...alsoWatched].every((file) => (modifiedAt(file) ?? Infinity) <= stampedAt);
}

function modifiedAt(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
