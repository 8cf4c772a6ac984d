import { defineConfig } from 'vitest/config';

/** End-to-end tests of the built site in the system Chromium (see e2e/setup.ts). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // One browser at a time: the machine has two cores and shares them.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
