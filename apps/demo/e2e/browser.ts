/** The system Chromium, driven by Playwright's library (no browser download). */
import { CHROMIUM, CHROMIUM_ARGS } from '@null-and-void/testing/chromium';
import { type Browser, chromium } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
