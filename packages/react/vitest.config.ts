import { defineConfig } from 'vitest/config';

// Node tests: the browser test bundles a React app and drives the system Chromium itself.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
