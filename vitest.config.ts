// Runs every package's tests (each package's own vitest.config.ts) in one command.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'system', 'services/*', 'apps/*', 'tools/*', 'e2e', 'bench'],
  },
});
