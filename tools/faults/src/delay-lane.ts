// One direction of a proxied connection: chunks read from the source are written to the sink in
// the order they arrived, each no earlier than its due time, and none while the lane is held.
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** What a lane asks its proxy for every chunk and on every release. */
export interface LanePolicy {
  /** The delay for the next chunk read, in milliseconds. */
  delayMs(): number;
  /** True while nothing may be forwarded (stalled). */
  isHeld(): boolean;
}

/** Bytes a lane holds before it stops reading from its source (TCP back-pressure from there on). */
const highWaterBytes = 1024 * 1024;

/** Forwards one direction of a connection in order, delayed per chunk and held while stalled. */
export class DelayLane {
  private readonly queue: Array<{ chunk: Buffer; dueAt: number }> = [];
  private lastDueAt = 0;
  private queued = 0;
  private timer: NodeJS.Timeout | undefined;
  private sourceEnded = false;
  private sink: Socket | undefined;

  /** Starts reading the source; bytes wait until a sink is attached and the lane is released. */
  constructor(
    private readonly source: Socket,
    private readonly policy: LanePolicy,
  ) {
    source.on('data', (chunk: Buffer) => this.push(chunk));
    source.on('end', () => {
      this.sourceEnded = true;
      this.release();
    });
  }

  /** Bytes read from the source and not yet written to the sink. */
  get heldBytes(): number {
    return this.queued;
  }

  /** Gives the lane its destination and forwards whatever is due. */
  attach(sink: Socket): void {
    this.sink = sink;
    sink.on('drain', () => this.release());
    this.release();
  }

  /** Re-reads the policy (after a mode change) and forwards whatever is due now. */
  wake(): void {
    this.release();
  }

  /** Stops the timer; the sockets are destroyed by the connection. */
  dispose(): void {
    clearTimeout(this.timer);
    this.queue.length = 0;
    this.queued = 0;
  }

  private push(chunk: Buffer): void {
    const dueAt = Math.max(performance.now() + this.policy.delayMs(), this.lastDueAt);
    this.lastDueAt = dueAt;
    this.queue.push({ chunk, dueAt });
    this.queued += chunk.length;
    this.release();
  }

  private release(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const sink = this.sink;
    if (sink && !sink.destroyed && !this.policy.isHeld()) this.writeDue(sink);
    this.adjustFlow();
  }

  private writeDue(sink: Socket): void {
    const now = performance.now();
    let next = this.queue[0];
    while (next && next.dueAt <= now) {
      this.queue.shift();
      this.queued -= next.chunk.length;
      sink.write(next.chunk);
      next = this.queue[0];
    }
    if (next) this.timer = setTimeout(() => this.release(), Math.ceil(next.dueAt - now));
    else if (this.sourceEnded) sink.end();
  }

  /** Reads on while what waits (here and in the sink's buffer) is below the high-water mark. */
  private adjustFlow(): void {
    const waiting = this.queued + (this.sink?.writableLength ?? 0);
    if (waiting >= highWaterBytes) this.source.pause();
    else if (!this.sourceEnded) this.source.resume();
  }
}
