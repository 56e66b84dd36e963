// Loads something for a page and says whether it is loading, failed, or there.
import { useEffect, useState } from 'preact/hooks';

/** A page's view of one load. */
export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  /** Replaces the data with a newer answer (e.g. the cart a change returned). */
  set(data: T): void;
}

/** Runs `load` whenever a key changes; an answer for an old key is dropped. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, keys: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    load(controller.signal).then(
      (data) => controller.signal.aborted || setState({ data, loading: false }),
      (error: unknown) => controller.signal.aborted || setState({ error, loading: false }),
    );
    return () => controller.abort();
  }, [...keys, round]);
  return {
    data: state.data,
    error: state.error,
    loading: state.loading,
    reload: () => setRound((value) => value + 1),
    set: (data) => setState({ data, loading: false }),
  };
}
