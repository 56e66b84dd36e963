// The Node base image the Containerfile starts from: the public one for this machine's Node major
// (so the native addons staged from node_modules load), pulled, or made locally when no registry
// can be reached (deploy/images/make-local-base.sh), under the same name.
import { spawnSync } from 'node:child_process';
import { imageExists, podman, podmanEnv, repoRoot } from './podman.js';

/** The public Node image for a Node major: `docker.io/library/node:20-bookworm-slim`. */
export function nodeImageFor(nodeVersion: string): string {
  return `docker.io/library/node:${nodeVersion.replace(/^v/, '').split('.')[0]}-bookworm-slim`;
}

/** Makes sure the base image is in the local store: present, pulled, or made here. */
export function ensureBaseImage(image: string): 'present' | 'pulled' | 'made' {
  if (imageExists(image)) return 'present';
  if (podman(['pull', '--quiet', image]).status === 0) return 'pulled';
  const made = spawnSync('bash', [`${repoRoot}deploy/images/make-local-base.sh`, image], {
    env: podmanEnv(),
    stdio: 'inherit',
  });
  if (made.status !== 0) throw new Error(`could not pull or make ${image}`);
  return 'made';
}
