import type { EventStream } from '../http/event-stream.js';
import type { ChangeSignals } from './change-signals.js';

/** What to follow: whose signals, and how to bring the stream up to date. */
export interface FollowOptions<Key> {
  signals: ChangeSignals<Key>;
  key: Key;
  stream: EventStream;
  /** Reads what changed since the last call and sends it; resolves `'done'` to end the stream. */
  catchUp(): Promise<'more' | 'done'>;
  /** Called when catching up fails: the stream ends and the client reconnects. */
  onError(error: unknown): void;
}

/**
 * Keeps a stream up to date: watches the key *before* the first read, so no change slips between
 * the read and the watch; catches up once now and again on every signal (one run at a time, one
 * more if signalled during a run); stops watching when the stream closes, whoever closed it.
 */
export function followChanges<Key>(options: FollowOptions<Key>): void {
  const { stream } = options;
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (stream.isClosed) return;
        if ((await options.catchUp()) === 'done') return stream.end();
      } while (again);
    } catch (error) {
      options.onError(error);
      stream.end();
    } finally {
      running = false;
    }
  };
  const unwatch = options.signals.watch(options.key, () => void run());
  stream.onClose(unwatch);
  void run();
}
