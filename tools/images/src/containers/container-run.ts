// Runs and removes the containers of one run with podman: each read-only with /data and /tmp
// writable, labelled with its run so that stopping removes exactly the run's containers.
import { podman, podmanOut } from '../podman.js';
import { containerPort, type PlannedContainer } from './container-plan.js';

/** The label every container of a run carries. */
export const runLabel = 'bazaar.containers.run';

/** Starts one container on the network; `publish` is a host port for the public process. */
export function runContainer(
  container: PlannedContainer,
  network: string,
  run: string,
  publish?: number,
): void {
  const env = Object.entries(container.env).flatMap(([key, value]) => ['--env', `${key}=${value}`]);
  const ports = publish === undefined ? [] : ['--publish', `127.0.0.1:${publish}:${containerPort}`];
  podmanOut([
    'run',
    '--detach',
    '--name',
    container.name,
    '--network',
    network,
    '--label',
    `${runLabel}=${run}`,
    '--read-only',
    '--tmpfs',
    '/tmp',
    '--tmpfs',
    '/data:rw,U',
    '--no-healthcheck',
    ...ports,
    ...env,
    container.image,
  ]);
}

/** A container that holds the network's bridge up, so relays can listen on its gateway first. */
export function runNetworkAnchor(name: string, network: string, run: string, image: string): void {
  podmanOut([
    'run',
    '--detach',
    '--name',
    name,
    '--network',
    network,
    '--label',
    `${runLabel}=${run}`,
    '--read-only',
    '--no-healthcheck',
    '--entrypoint',
    '/usr/local/bin/node',
    image,
    '-e',
    'setInterval(() => {}, 1 << 30)',
  ]);
}

/** The address of a container on a network. */
export function containerAddress(name: string, network: string): string {
  return podmanOut([
    'inspect',
    '--format',
    `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`,
    name,
  ]);
}

/** The gateway address of a network: where its containers reach this machine. */
export function networkGateway(network: string): string {
  return podmanOut(['network', 'inspect', '--format', '{{range .Subnets}}{{.Gateway}}{{end}}', network]);
}

/** Makes the network of a run afresh. */
export function createNetwork(network: string): void {
  podman(['network', 'rm', '--force', network]);
  podmanOut(['network', 'create', network]);
}

/** Removes every container of a run, then its network. */
export function removeRun(run: string, network: string): void {
  const ids = podmanOut(['ps', '--all', '--quiet', '--filter', `label=${runLabel}=${run}`])
    .split('\n')
    .filter(Boolean);
  if (ids.length > 0) podman(['rm', '--force', '--time', '5', ...ids]);
  podman(['network', 'rm', '--force', network]);
}

/** The last lines a container printed (for a failure message). */
export function containerLogTail(name: string): string {
  return podman(['logs', '--tail', '20', name]).stdout + podman(['logs', '--tail', '20', name]).stderr;
}
