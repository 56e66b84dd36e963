// Runs podman with the settings this machine needs (deploy/images/containers.conf, unless the
// caller set CONTAINERS_CONF) and answers the few questions the image scripts ask it.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tools/images/{src,dist}/podman.*). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The podman settings file the scripts pass in CONTAINERS_CONF. */
export const containersConf = `${repoRoot}deploy/images/containers.conf`;

/** The environment podman runs with. */
export function podmanEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CONTAINERS_CONF: process.env.CONTAINERS_CONF ?? containersConf };
}

/** Runs podman; its output is captured unless `inherit` (then it goes to this process's). */
export function podman(args: readonly string[], inherit = false): SpawnSyncReturns<string> {
  return spawnSync('podman', args, {
    env: podmanEnv(),
    encoding: 'utf8',
    stdio: inherit ? 'inherit' : 'pipe',
    maxBuffer: 64 << 20,
  });
}

/** Runs podman and returns its standard output; throws with its error output when it fails. */
export function podmanOut(args: readonly string[]): string {
  const result = podman(args);
  if (result.status !== 0)
    throw new Error(`podman ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout.trim();
}

/** Whether an image of this name is in podman's local store. */
export function imageExists(image: string): boolean {
  return podman(['image', 'exists', image]).status === 0;
}

/** An image's size in bytes, as podman reports it. */
export function imageSize(image: string): number {
  return Number(podmanOut(['image', 'inspect', '--format', '{{.Size}}', image]));
}
