// Test support: carts in random order over shared products, and what the replicas' metrics say of
// the handlers that ran them.
import type { HttpApp } from '@bazaar/platform';

/** A copy of `items` in random order. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Handler failures and deadlocks or serialization failures, summed over the replicas' /metrics. */
export async function handlerTroubles(replicas: HttpApp[]): Promise<{ failed: number; conflicts: number }> {
  let failed = 0;
  let conflicts = 0;
  for (const app of replicas) {
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    failed += sumOf(text, 'bus_events_failed_total');
    conflicts += sumOf(text, 'bus_handler_conflicts_total');
  }
  return { failed, conflicts };
}

function sumOf(metricsText: string, name: string): number {
  return metricsText
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
