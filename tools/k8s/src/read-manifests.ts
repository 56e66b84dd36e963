// Reads the committed manifests back (every YAML document of every file), for the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ParsedManifest } from './manifest-schemas.js';

/** One parsed document and the file it came from. */
export interface ManifestDocument extends ParsedManifest {
  readonly file: string;
}

/** Every document of the given files under `dir`. */
export function readManifestDocuments(dir: string, files: readonly string[]): ManifestDocument[] {
  return files.flatMap((file) =>
    parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((document) => ({
      ...(document.toJSON() as ParsedManifest),
      file,
    })),
  );
}
