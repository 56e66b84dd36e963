// Ctrl-C once stops everything gracefully; a second time kills what is left.

const stopSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Calls onFirst at the first SIGINT, SIGTERM or SIGHUP, and onRepeat at every later one. */
export function onStopSignals(
  onFirst: (signal: NodeJS.Signals) => void,
  onRepeat: (signal: NodeJS.Signals) => void,
): void {
  let received = false;
  for (const signal of stopSignals) {
    process.on(signal, () => {
      if (received) return onRepeat(signal);
      received = true;
      onFirst(signal);
    });
  }
}
