// Starts the whole system as containers: the network, the relays to this machine's engines, the
// run's broker vhost, then each process's containers in the declaration's start order, each
// waited for until /health/ready answers on its own address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureServiceSecrets, serviceSecretsEnvironment } from '@bazaar/runner/service-keys';
import { bazaar, startOrder } from '@bazaar/system';
import { buildImage, imageNameOf } from '../build-images.js';
import { ensureBaseImage, nodeImageFor } from '../base-image.js';
import { createBrokerAccount, deleteBrokerAccount } from './broker-account.js';
import { containerNameOf, containerPlan, containerPort, type PlannedContainer } from './container-plan.js';
import {
  containerAddress,
  containerLogTail,
  createNetwork,
  networkGateway,
  removeRun,
  runContainer,
  runNetworkAnchor,
} from './container-run.js';
import { startEngineRelays, type EngineRelays } from './engine-relays.js';
import { dropRunDatabases } from './run-databases.js';

/** How to start a run. */
export interface ContainerRunOptions {
  readonly prefix: string;
  /** Host port of the store (the gateway), on 127.0.0.1. */
  readonly port: number;
  readonly scale: Readonly<Record<string, number>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly readyTimeoutMs?: number;
}

/** A started run. */
export interface ContainerRun {
  readonly baseUrl: string;
  /** Holds the run's service keys (service-keys.json, 0600), as a local run's DATA_DIR does. */
  readonly dataDir: string;
  readonly containers: readonly PlannedContainer[];
  /** Removes every container, the network, the relays and the broker vhost. */
  stop(): Promise<void>;
}

/**
 * Builds every process's image from the tree as it is now: an image kept from an earlier build
 * would run old code. Podman's layer cache makes an unchanged process's build quick.
 */
function buildCurrentImages(): void {
  const base = nodeImageFor(process.version);
  ensureBaseImage(base);
  for (const spec of bazaar.processes) buildImage(spec, base);
}

/** Waits until a container answers /health/ready, failing early with its logs if it exits. */
async function waitReady(name: string, network: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const address = containerAddress(name, network);
    if (!address) throw new Error(`${name} stopped:\n${containerLogTail(name)}`);
    const ready = await fetch(`http://${address}:${containerPort}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(250);
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s:\n${containerLogTail(name)}`);
}

/** Starts every container of the system; on failure, removes what it started. */
export async function startContainers(options: ContainerRunOptions): Promise<ContainerRun> {
  buildCurrentImages();
  const network = options.prefix;
  createNetwork(network);
  dropRunDatabases(bazaar, options.prefix);
  let relays: EngineRelays | undefined;
  // every container proves who it is with its own key, as under the runner (ADR 0025)
  const dataDir = mkdtempSync(join(tmpdir(), `${options.prefix}-keys-`));
  const secrets = ensureServiceSecrets(
    dataDir,
    bazaar.processes.map((spec) => spec.name),
  );
  const stop = async () => {
    removeRun(options.prefix, network);
    await relays?.close();
    deleteBrokerAccount(options.prefix);
    dropRunDatabases(bazaar, options.prefix);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    runNetworkAnchor(`${options.prefix}-anchor`, network, options.prefix, imageNameOf('identity'));
    const gateway = networkGateway(network);
    relays = await startEngineRelays(gateway);
    const password = createBrokerAccount(options.prefix);
    const engines = {
      postgres: `${gateway}:${relays.postgres.port}`,
      busUrl: `amqp://${options.prefix}:${password}@${gateway}:${relays.rabbitmq.port}/${encodeURIComponent(options.prefix)}`,
    };
    const containers = containerPlan(
      bazaar,
      { prefix: options.prefix, scale: options.scale, engines, env: options.env },
      imageNameOf,
    ).map((container) => ({
      ...container,
      env: { ...container.env, ...serviceSecretsEnvironment(secrets, container.process) },
    }));
    for (const wave of startOrder(bazaar)) {
      const names = new Set(wave.map((spec) => spec.name));
      const started = containers.filter((container) => names.has(container.process));
      for (const container of started) {
        const published =
          container.name === containerNameOf(options.prefix, container.process, 1) &&
          bazaar.process(container.process).port === 'public';
        runContainer(container, network, options.prefix, published ? options.port : undefined);
      }
      await Promise.all(
        started.map((container) => waitReady(container.name, network, options.readyTimeoutMs ?? 90_000)),
      );
    }
    return { baseUrl: `http://localhost:${options.port}`, dataDir, containers, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
