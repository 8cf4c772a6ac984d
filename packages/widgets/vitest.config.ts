import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Widget tests run in the system Chromium (no browser download on these machines).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  // Pre-bundled up front: found mid-run, Vite reloads the page and loads Lit twice.
  optimizeDeps: { include: ['lit/directives/style-map.js'] },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
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
