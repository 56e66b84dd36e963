import { messagingBench } from './messaging.bench.js';

/** Every benchmark by name; each records its own result under bench/results/. */
export const benchmarks: Record<string, () => Promise<void>> = {
  messaging: messagingBench,
};
