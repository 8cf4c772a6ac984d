import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Each type checker takes most of a minute on a busy two-core machine.
    testTimeout: 300_000,
  },
});
