import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests of the build's own modules in Node (`src/**\/*.test.ts`), and
 * end-to-end tests of the built site in the system Chromium (see e2e/setup.ts).
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // One browser at a time: the machine has two cores and shares them.
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
