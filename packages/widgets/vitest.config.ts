import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// `@null-and-void/testing`'s module by its path: Vite bundles a relative import into this config,
// but leaves a package's to Node, which cannot load the `.ts` that package exports (Node 20).
import { CHROMIUM, CHROMIUM_ARGS } from '../../tooling/testing/src/chromium.js';

export default defineConfig({
  // Pre-bundled up front: found mid-run, Vite reloads the page and loads Lit twice.
  optimizeDeps: { include: ['lit/directive.js'] },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          // Every test starts on an empty page with the real fetch and timers.
          setupFiles: ['test/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // The system Chromium: no browser download on these machines.
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The built CDN bundles, served over HTTP to a page with a strict CSP, driven by Playwright.
        extends: true,
        test: {
          name: 'cdn',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
