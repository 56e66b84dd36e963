// The bench's side of the messaging roles: each is forked as its own process, and a round is run
// through a producer and a consumer, each reporting its times on the clock they share.
import { fork, type ChildProcess } from 'node:child_process';
import type { RoleReply, RoleRequest } from './messaging-role.js';

/** How long one round (or a start, or a stop) may take before the bench gives up. */
const roundTimeoutMs = 120_000;

/** Forks a role script and resolves once it says it is ready (connected, its queue declared). */
export async function startRole(script: string, args: string[]): Promise<ChildProcess> {
  const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    await nextReply(child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return child;
}

/** One round: the consumer expects `count` events, the producer commits them (see `produce`). */
export async function runRound(
  producer: ChildProcess,
  consumer: ChildProcess,
  count: number,
  gapMs = 0,
): Promise<{ committed: number[]; handled: number[] }> {
  const handled = ask(consumer, { kind: 'expect', count });
  const committed = ask(producer, { kind: 'produce', count, gapMs });
  return { committed: await committed, handled: await handled };
}

/** Asks a role to stop (it finishes its work in flight, disconnects) and waits for it to exit. */
export async function stopRole(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const timer = setTimeout(() => child.kill('SIGKILL'), roundTimeoutMs);
  child.send({ kind: 'stop' } satisfies RoleRequest);
  await exited;
  clearTimeout(timer);
}

async function ask(child: ChildProcess, request: RoleRequest): Promise<number[]> {
  const pending = nextReply(child);
  child.send(request);
  const reply = await pending;
  if (!Array.isArray(reply)) throw new Error(`messaging role answered ${String(reply)}`);
  return reply;
}

function nextReply(child: ChildProcess): Promise<RoleReply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error('messaging role did not answer in time')),
      roundTimeoutMs,
    );
    const onExit = (code: number | null) => finish(new Error(`messaging role exited with ${code}`));
    const onMessage = (reply: RoleReply) => finish(undefined, reply);
    const finish = (error: Error | undefined, reply?: RoleReply) => {
      clearTimeout(timer);
      child.off('exit', onExit).off('message', onMessage);
      if (error) reject(error);
      else resolve(reply as RoleReply);
    };
    child.once('exit', onExit).once('message', onMessage);
  });
}
