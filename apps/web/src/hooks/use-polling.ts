// Loads something now and again every few seconds, keeping the last answer on screen meanwhile,
// so a refresh never blanks what is shown (no flicker).
import { useEffect, useRef, useState } from 'preact/hooks';

/** A polled load: the latest answer, the latest error (cleared by the next success), and a refresh now. */
export interface Polled<T> {
  data: T | undefined;
  error: unknown;
  refresh(): void;
}

/** Calls `load` at once and `intervalMs` after each answer, until the component goes away. */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number, keys: unknown[] = []): Polled<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const wake = useRef<() => void>(() => undefined);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const round = async () => {
      if (timer) clearTimeout(timer);
      try {
        const data = await load();
        if (!stopped) setState({ data });
      } catch (error) {
        if (!stopped) setState((previous) => ({ data: previous.data, error }));
      }
      if (!stopped) timer = setTimeout(() => void round(), intervalMs);
    };
    wake.current = () => void round();
    void round();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, keys);
  return { data: state.data, error: state.error, refresh: () => wake.current() };
}
