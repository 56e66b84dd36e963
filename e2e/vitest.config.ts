import { defineProject } from 'vitest/config';
import { packageTestConfig } from '../vitest.shared.ts';

const base = packageTestConfig('e2e');
export default defineProject({
  ...base,
  test: {
    ...base.test,
    include: ['**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    setupFiles: ['./support/failure-logs.ts'],
  },
});
