// A process of the messaging bench, its side of the talk with the bench: a producer commits events
// when asked, a consumer records when each was handled; both answer over IPC until told to stop.
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';

/** What the bench asks of a role process. */
export type RoleRequest =
  { kind: 'produce'; count: number; gapMs: number } | { kind: 'expect'; count: number } | { kind: 'stop' };

/** What a role process answers: that it is ready, or one round's times on the common clock. */
export type RoleReply = 'ready' | number[];

/**
 * Commits events 0 … count−1 the way a service under load does: each `commit(n)` is a unit of work
 * of its own (one transaction), and between two the producer yields to the event loop
 * (`setImmediate`; with `gapMs` it sleeps that long before each instead), so the relay's queries,
 * the broker's confirms and other I/O interleave with the commits rather than wait for all of them.
 * Resolves with each event's commit time.
 */
export async function produce(
  commit: (n: number) => Promise<number>,
  count: number,
  gapMs = 0,
): Promise<number[]> {
  const committed: number[] = [];
  for (let n = 0; n < count; n += 1) {
    if (gapMs > 0) await sleep(gapMs);
    committed.push(await commit(n));
    if (gapMs === 0) await nextTurn();
  }
  return committed;
}

/** Records when each event number was first handled; hands over a round's times once all arrived. */
export class HandledRecorder {
  private handled: number[] = [];
  private count = 0;
  private waiting: { count: number; resolve: (handled: number[]) => void } | undefined;

  /** Notes event `n` handled at `at` (a redelivery of one already handled is ignored). */
  readonly record = (n: number, at: number): void => {
    if (this.handled[n] !== undefined) return;
    this.handled[n] = at;
    this.count += 1;
    this.settle();
  };

  /** Resolves with the handled times, indexed by event number, once `count` events were; then starts afresh. */
  expect(count: number): Promise<number[]> {
    return new Promise((resolve) => {
      this.waiting = { count, resolve };
      this.settle();
    });
  }

  private settle(): void {
    const waiting = this.waiting;
    if (!waiting || this.count < waiting.count) return;
    const handled = this.handled;
    this.handled = [];
    this.count = 0;
    this.waiting = undefined;
    waiting.resolve(handled);
  }
}

/** What a role process does for each request. */
export interface Role {
  produce?: (count: number, gapMs: number) => Promise<number[]>;
  recorder?: HandledRecorder;
  stop(): Promise<void>;
}

/** Answers the bench's requests over IPC, after telling it the role is ready; exits when told to stop. */
export function serveRole(role: Role): void {
  const send = (reply: RoleReply) => process.send?.(reply);
  process.on('message', (request: RoleRequest) => {
    if (request.kind === 'stop') void role.stop().then(() => process.exit(0));
    else if (request.kind === 'produce') void role.produce?.(request.count, request.gapMs).then(send);
    else void role.recorder?.expect(request.count).then(send);
  });
  send('ready');
}
