import { defineConfig } from 'vitest/config';

/**
 * The plugin in a real WordPress (Debian's packages, started on 127.0.0.1 by test/setup.ts),
 * embedding the Null & Void site built and served on another origin, read in the system Chromium.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    fileParallelism: false,
    testTimeout: 120_000,
    // The setup may install Debian's packages, then builds the site and installs WordPress.
    hookTimeout: 600_000,
  },
});
