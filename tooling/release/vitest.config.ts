import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // The rehearsal installs packages and starts a browser: one file at a time on a small machine.
    fileParallelism: false,
    testTimeout: 320_000,
    hookTimeout: 240_000,
  },
});
