// A job a service runs on a timer (sweeping expired reservations, moving shipments, sending email):
// one run at a time, never overtaken by the next tick, and stopped before the app closes.

/** A started periodic job. */
export interface PeriodicJob {
  /** Stops the timer and waits for the run in flight. */
  stop(): Promise<void>;
}

/** What to run, how often, and what to do when a run fails. */
export interface PeriodicJobOptions {
  intervalMs: number;
  run(): Promise<void>;
  onError(error: unknown): void;
  /** Also run once right away (default: first run after one interval). */
  runAtStart?: boolean;
}

/** Starts the job on an unref'd timer; a tick while a run is in flight is skipped. */
export function startPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  let running: Promise<void> | undefined;
  let isStopped = false;
  const tick = () => {
    if (isStopped || running) return;
    running = options
      .run()
      .catch((error: unknown) => {
        if (!isStopped) options.onError(error);
      })
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  if (options.runAtStart) tick();
  return {
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
