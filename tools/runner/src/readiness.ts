// Polls every process's GET /health/ready until all answer 200, or until the deadline.
import { setTimeout as sleep } from 'node:timers/promises';

/** A process to wait for: its id and its readiness URL. */
export interface ReadinessTarget {
  readonly id: string;
  readonly url: string;
}

/** How often to poll and how long to wait in all. */
export interface ReadinessOptions {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** Stops waiting early (e.g. on shutdown); the not-ready ids so far are returned. */
  readonly signal?: AbortSignal;
}

/** Waits until every target answers 200; resolves with the ids still not ready ([] when all are). */
export async function waitUntilReady(
  targets: readonly ReadinessTarget[],
  options: ReadinessOptions,
): Promise<string[]> {
  const deadline = Date.now() + options.timeoutMs;
  let pending = [...targets];
  while (pending.length > 0 && Date.now() < deadline && !options.signal?.aborted) {
    const ready = await Promise.all(pending.map((target) => isReady(target.url)));
    pending = pending.filter((_, index) => !ready[index]);
    if (pending.length > 0) await sleep(options.intervalMs);
  }
  return pending.map((target) => target.id);
}

/** One probe: true when the URL answers 200 within a second. */
export async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
