/**
 * The system Chromium and the flags it needs here (root, no network, no GPU), for tests that
 * drive it with `playwright-core` (no browser download on these machines).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
