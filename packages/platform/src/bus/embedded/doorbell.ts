import fs from 'node:fs';
import path from 'node:path';
import { RecentlyUsed } from '../../util/recently-used.js';

/** Opens the file for writing in place, creating it when missing (never truncating it). */
function openInPlace(file: string): number {
  return fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT);
}

/** A file the publishers touch and a queue's consumers watch, so they wake without polling. */
export class Doorbell {
  private watcher: fs.FSWatcher | undefined;
  private fd: number | undefined;
  private rings = 0;

  constructor(private readonly file: string) {}

  /**
   * Wakes every process watching the file: one byte written in place on a descriptor kept open
   * (opening, truncating and closing the file each time cost a publish about 0.2 ms).
   */
  ring(): void {
    this.fd ??= openInPlace(this.file);
    fs.writeSync(this.fd, String(this.rings++ % 10), 0);
  }

  /** Calls `onRing` whenever the file changes (inotify, kqueue or the like: no polling). */
  listen(onRing: () => void): void {
    fs.closeSync(openInPlace(this.file)); // a watch needs the file to exist
    this.watcher = fs.watch(this.file, { persistent: false }, () => onRing());
    this.watcher.on('error', () => undefined); // the slow timer still delivers if the watch breaks
  }

  /** Stops listening and lets go of the file. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * One doorbell per queue, in `<DATA_DIR>/bus-doorbells/`: a publish rings only the queues it
 * routed to, so it wakes only their consumers, not every process on the machine. The publisher
 * keeps at most `capacity` of them open (the least recently rung are closed past that).
 */
export class QueueDoorbells {
  private readonly open: RecentlyUsed<string, Doorbell>;

  constructor(
    private readonly dir: string,
    capacity = 128,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.open = new RecentlyUsed(capacity, (_queue, bell) => bell.close());
  }

  /** The doorbell of one queue (not kept open by this set: the caller closes it). */
  of(queue: string): Doorbell {
    return new Doorbell(path.join(this.dir, queue));
  }

  /** Rings the doorbell of each queue. */
  ring(queues: Iterable<string>): void {
    for (const queue of queues) {
      const bell = this.open.get(queue) ?? this.of(queue);
      this.open.set(queue, bell);
      bell.ring();
    }
  }

  /** Removes a queue's doorbell file (its queue is gone for good). */
  remove(queue: string): void {
    this.open.get(queue)?.close();
    this.open.delete(queue);
    fs.rmSync(path.join(this.dir, queue), { force: true });
  }

  /** Closes every doorbell this set holds open. */
  close(): void {
    for (const bell of this.open.values()) bell.close();
    this.open.clear();
  }
}
