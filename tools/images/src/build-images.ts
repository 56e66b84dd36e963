// Builds the image of each process: stage its context, `podman build` the one Containerfile with
// the base image as a build argument. The base stage is the same for all, so it is built once and
// cached; only each process's own files differ.
import { join } from 'node:path';
import type { ProcessDeclaration } from '@bazaar/system';
import { podman, repoRoot } from './podman.js';
import { stageContext } from './stage-context.js';

/** The name an image of a process is tagged with (the manifests use the same: tools/k8s names.ts). */
export function imageNameOf(name: string): string {
  return `localhost/bazaar-${name}:latest`;
}

/** Where a process's build context is staged (ignored by git). */
export function contextDirOf(name: string): string {
  return join(repoRoot, 'deploy/images/.context', name);
}

/** Builds one process's image on the given base; throws when podman fails. */
export function buildImage(spec: ProcessDeclaration, baseImage: string): void {
  const context = contextDirOf(spec.name);
  stageContext(repoRoot, spec, context);
  const args = [
    'build',
    '--quiet',
    '--format',
    'docker',
    '--pull=never',
    '--build-arg',
    `NODE_IMAGE=${baseImage}`,
  ];
  const result = podman([
    ...args,
    '--file',
    join(repoRoot, 'deploy/images/Containerfile'),
    '--tag',
    imageNameOf(spec.name),
    context,
  ]);
  if (result.status !== 0) throw new Error(`building ${spec.name}'s image failed:\n${result.stderr}`);
}
