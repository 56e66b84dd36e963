// This machine's PostgreSQL and RabbitMQ listen on loopback only, which a container cannot
// reach; a relay on the podman network's gateway address forwards to them, so the containers
// reach the engines as they would any other host. Each relay is the fault proxy (pass mode) in a
// child process of its own: the runner blocks on podman calls, a relay must never wait for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { repoRoot } from '../podman.js';

/** One relay: the port it listens on (at the gateway address) and its process. */
export interface EngineRelay {
  readonly port: number;
  readonly child: ChildProcess;
}

/** The relays of one run, by engine. */
export interface EngineRelays {
  readonly postgres: EngineRelay;
  readonly rabbitmq: EngineRelay;
  close(): Promise<void>;
}

/** Starts one relay process on `host` (a free port) to 127.0.0.1:`port`; resolves once it listens. */
async function startRelay(host: string, port: number): Promise<EngineRelay> {
  const child = spawn(
    process.execPath,
    [`${repoRoot}tools/faults/dist/main.js`, '--host', host, '--upstream', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { proxy } = JSON.parse(line) as { proxy: string };
  return { port: Number(proxy.split(':').pop()), child };
}

/** Stops a relay process and waits for it to exit. */
async function stopRelay(relay: EngineRelay): Promise<void> {
  if (relay.child.exitCode !== null) return;
  const exited = once(relay.child, 'exit');
  relay.child.kill('SIGTERM');
  await exited;
}

/** Starts a relay for each engine on `host` (the network gateway). */
export async function startEngineRelays(host: string): Promise<EngineRelays> {
  const postgres = await startRelay(host, 5432);
  const rabbitmq = await startRelay(host, 5672);
  return {
    postgres,
    rabbitmq,
    close: async () => void (await Promise.all([stopRelay(postgres), stopRelay(rabbitmq)])),
  };
}
