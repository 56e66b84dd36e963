// The broker-outage tests stop the real RabbitMQ, so they run alone, after the main run:
// `npx vitest run --config e2e/broker-faults/vitest.config.ts`.
import { defineProject } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.ts';

const base = packageTestConfig('broker-faults');
export default defineProject({
  ...base,
  test: {
    ...base.test,
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
