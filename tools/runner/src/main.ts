// `npm start`: runs every process of the topology, restarts a crashed one, reports when the store
// is ready, and stops everything on Ctrl-C. Children stay in the runner's process group, so
// `kill -- -<pgid>` stops them all; an orphan guard also stops them if the runner is SIGKILLed.
import path from 'node:path';
import { ensureServiceSecrets } from './service-keys.js';
import { fileURLToPath } from 'node:url';
import { missingBuildsWarning, notReadyWarning, readyBanner, startNotice } from './banner.js';
import { createConsole, type RunnerConsole } from './console-output.js';
import { openControlChannel } from './control-channel.js';
import { controlFileName } from './control-file.js';
import { Fleet } from './fleet.js';
import { baseUrlOf, instancesOf, planInstances, type Instance } from './instances.js';
import { findMissingBuilds, refuseBusyPorts } from './preflight.js';
import { writePrometheusTargets } from './prometheus-sd.js';
import { waitUntilReady } from './readiness.js';
import { readRunnerConfig } from './runner-config.js';
import { onStopSignals } from './stop-signals.js';
import { topology } from './topology.js';
import { keepDataPrivate } from './private-data.js';
import { rabbitUsersFor } from './rabbitmq-users.js';
import { bazaar, startOrder } from '@bazaar/system';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const preloadUrl = new URL('./orphan-guard.js', import.meta.url).href;
const stopGraceMs = 5_000;
// a probe every 50 ms: each wave of the start waits half an interval on average (200 ms cost 0.2 s a start)
const readiness = { intervalMs: 50, timeoutMs: 60_000 };
const isTerminal = process.stdout.isTTY === true;
const color = isTerminal && !process.env.NO_COLOR;

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = readRunnerConfig(process.env, repoRoot, topology);
  const instances = planInstances(topology, config);
  await refuseBusyPorts(instances);
  keepDataPrivate(config.dataDir);
  writePrometheusTargets(config);
  const ids = instances.map((instance) => instance.id);
  const out = createConsole(ids, { out: process.stdout, pretty: isTerminal, color });
  const secrets = ensureServiceSecrets(config.dataDir, [
    ...new Set(instances.map((instance) => instance.name)),
  ]);
  // on RabbitMQ each process connects as its own user, limited to its own queues and event types
  const busUsers = await rabbitUsersFor(config.inheritedEnv, config.dataDir);
  const controlFile = path.join(config.dataDir, controlFileName);
  const fleet = new Fleet({
    instances,
    config,
    console: out,
    preloadUrl,
    secrets,
    // only the gateway learns where the control channel is (its ops console stops and starts instances)
    extraEnv: (instance) => ({
      ...(instance.port === config.gatewayPort ? { RUNNER_CONTROL_FILE: controlFile } : {}),
      ...busUsers?.environmentOf(instance.name),
    }),
  });
  const control = await openControlChannel(
    {
      statuses: () => fleet.statuses(),
      stopInstance: (id) => fleet.stopInstance(id, stopGraceMs),
      startInstance: (id) => fleet.startInstance(id),
    },
    config.dataDir,
  );
  const shutdown = new AbortController();
  onStopSignals(
    (signal) => {
      shutdown.abort();
      out.say(`${signal} received: stopping every process (Ctrl-C again to kill them now)`);
      void control.close();
      void fleet.stopAll(stopGraceMs).then(() => exitAfterStop(out));
    },
    () => fleet.killAll(),
  );
  out.say(startNotice(config.dataDir));
  const missing = findMissingBuilds(instances, repoRoot);
  if (missing.length > 0) out.say(missingBuildsWarning(missing), 'warn');
  const [firstWave, laterWave] = startOrder(bazaar);
  const [first, afterReady] = [instancesOf(instances, firstWave), instancesOf(instances, laterWave)];
  fleet.start(first);
  await waitUntilReady(readinessTargets(first), { ...readiness, signal: shutdown.signal });
  if (shutdown.signal.aborted) return;
  fleet.start(afterReady);
  await announceReadiness(instances, config.gatewayPort, startedAt, out, shutdown.signal);
}

function readinessTargets(instances: readonly Instance[]) {
  return instances.map((instance) => ({ id: instance.id, url: `${baseUrlOf(instance)}/health/ready` }));
}

async function announceReadiness(
  instances: readonly Instance[],
  port: number,
  startedAt: number,
  out: RunnerConsole,
  signal: AbortSignal,
): Promise<void> {
  const notReady = await waitUntilReady(readinessTargets(instances), { ...readiness, signal });
  if (signal.aborted) return;
  if (notReady.length > 0) out.say(notReadyWarning(notReady, readiness.timeoutMs), 'warn');
  else out.say(readyBanner(port, Date.now() - startedAt, color));
}

function exitAfterStop(out: RunnerConsole): never {
  out.say('every process has stopped');
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`runner: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
