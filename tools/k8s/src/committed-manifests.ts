// Where the committed manifests are, and every document in them (for the tests).
import { fileURLToPath } from 'node:url';
import { bazaar } from '@bazaar/system';
import { renderManifests } from './manifests.js';
import { readManifestDocuments, type ManifestDocument } from './read-manifests.js';

/** The folder `npm run k8s` writes: deploy/k8s at the repository root. */
export const committedDir = fileURLToPath(new URL('../../../deploy/k8s/', import.meta.url));

/** The YAML files the declaration makes, the kustomization included. */
export const manifestFiles = [...renderManifests(bazaar).keys()].filter((path) => path.endsWith('.yaml'));

/** Every document of the committed manifests. */
export function committedDocuments(): ManifestDocument[] {
  return readManifestDocuments(committedDir, manifestFiles);
}

/** The committed documents of one kind. */
export function documentsOfKind<T>(kind: string): (T & ManifestDocument)[] {
  return committedDocuments().filter((document) => document.kind === kind) as (T & ManifestDocument)[];
}
