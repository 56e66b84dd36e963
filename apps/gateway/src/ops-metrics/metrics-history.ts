// What changed in each process's counters over a window: the newest scrape of every instance
// against an older one of the same process run. Without one old enough, the run's start is the
// base (every counter was 0 then), so a window is right from the first request on.
import type { Sample } from './metrics-text.js';

/** One instance's samples at one moment. */
export interface InstanceScrape {
  readonly instance: string;
  readonly service: string;
  /** process_start_time_seconds: tells a restarted process (counters back at 0) from the same one. */
  readonly startedAt: number;
  readonly samples: readonly Sample[];
}

/** Every instance that answered one scrape round. */
export interface Snapshot {
  /** Seconds since the epoch. */
  readonly at: number;
  readonly scrapes: readonly InstanceScrape[];
}

/** One instance's counters over the window: their increase and the seconds it took. */
export interface InstanceIncrease {
  readonly instance: string;
  readonly service: string;
  readonly seconds: number;
  /** The summed increase of the samples of this name that `matches` accepts. */
  increase(name: string, matches?: (labels: Sample['labels']) => boolean): number;
  /** The same, summed per value of one label (e.g. per `le` of a histogram's buckets). */
  increaseBy(
    name: string,
    label: string,
    matches?: (labels: Sample['labels']) => boolean,
  ): Map<string, number>;
}

/** The increase of every instance in the newest snapshot over (about) the last `windowSeconds`. */
export function increasesOver(history: readonly Snapshot[], windowSeconds: number): InstanceIncrease[] {
  const newest = history.at(-1);
  if (!newest) return [];
  return newest.scrapes.map((now) => {
    const base = baseOf(history, now, newest.at - windowSeconds);
    const before = new Map(base.samples.map((sample) => [keyOf(sample), sample.value]));
    const increaseBy = (
      name: string,
      label: string,
      matches: (labels: Sample['labels']) => boolean = () => true,
    ) => {
      const totals = new Map<string, number>();
      for (const sample of now.samples) {
        if (sample.name !== name || !matches(sample.labels)) continue;
        const key = sample.labels[label] ?? '';
        const grown = Math.max(sample.value - (before.get(keyOf(sample)) ?? 0), 0);
        totals.set(key, (totals.get(key) ?? 0) + grown);
      }
      return totals;
    };
    return {
      instance: now.instance,
      service: now.service,
      seconds: Math.max(newest.at - base.at, 1e-3),
      increaseBy,
      increase: (name, matches) => [...increaseBy(name, '', matches).values()].reduce((a, b) => a + b, 0),
    };
  });
}

function baseOf(history: readonly Snapshot[], now: InstanceScrape, from: number) {
  const runStart = { at: now.startedAt, samples: [] as readonly Sample[] };
  if (now.startedAt >= from) return runStart;
  const sameRun = history
    .map((snapshot) => ({
      at: snapshot.at,
      scrape: snapshot.scrapes.find((s) => s.instance === now.instance),
    }))
    .filter((entry) => entry.scrape?.startedAt === now.startedAt && entry.at < (history.at(-1)?.at ?? 0));
  const inWindowOrBefore = sameRun.filter((entry) => entry.at <= from).at(-1) ?? sameRun[0];
  return inWindowOrBefore
    ? { at: inWindowOrBefore.at, samples: inWindowOrBefore.scrape?.samples ?? [] }
    : runStart;
}

function keyOf(sample: Sample): string {
  return `${sample.name}${JSON.stringify(sample.labels)}`;
}
