/**
 * In-process signals that something changed, by key (an order id, a user id): a broadcast
 * subscription raises them, the open streams of this process listen. Carries no data: a listener
 * re-reads the authoritative state, so a signal raised twice or for a change already seen is harmless.
 */
export class ChangeSignals<Key = string> {
  private readonly listeners = new Map<Key, Set<() => void>>();

  /** Calls `listener` on every change of `key` until the returned function is called. */
  watch(key: Key, listener: () => void): () => void {
    let forKey = this.listeners.get(key);
    if (!forKey) this.listeners.set(key, (forKey = new Set()));
    forKey.add(listener);
    return () => {
      forKey.delete(listener);
      if (forKey.size === 0 && this.listeners.get(key) === forKey) this.listeners.delete(key);
    };
  }

  /** Signals a change of `key`. */
  raise(key: Key): void {
    for (const listener of [...(this.listeners.get(key) ?? [])]) listener();
  }

  /** Signals every key: events may have been missed (the subscription's queue was just declared). */
  raiseAll(): void {
    for (const key of [...this.listeners.keys()]) this.raise(key);
  }

  /** How many listeners are watching (all keys), for tests and metrics. */
  get watching(): number {
    let count = 0;
    for (const forKey of this.listeners.values()) count += forKey.size;
    return count;
  }
}
