/**
 * A map of at most `capacity` entries that drops the least recently used one (read with `get`,
 * written with `set`) past that; `onDrop` is told of each entry it drops.
 */
export class RecentlyUsed<Key, Value> {
  private readonly entries = new Map<Key, Value>();

  constructor(
    private readonly capacity: number,
    private readonly onDrop?: (key: Key, value: Value) => void,
  ) {}

  /** The value under `key`, which becomes the most recently used; undefined when there is none. */
  get(key: Key): Value | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  /** Puts the value under `key` as the most recently used, dropping the least recently used past capacity. */
  set(key: Key, value: Value): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const [oldest, dropped] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
      this.onDrop?.(oldest, dropped);
    }
  }

  /** Forgets `key` (not told to `onDrop`). */
  delete(key: Key): void {
    this.entries.delete(key);
  }

  /** Every value, least recently used first. */
  values(): IterableIterator<Value> {
    return this.entries.values();
  }

  /** Forgets everything (not told to `onDrop`). */
  clear(): void {
    this.entries.clear();
  }
}
