/** The screens both screenshot scripts take: each colour scheme at a phone's and a desktop's width. */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

export interface Screen {
  scheme: 'light' | 'dark';
  width: number;
}

/** Runs `shoot` in a new browser context for each screen, light first, and closes it after. */
export async function forEachScreen(
  browser: Browser,
  shoot: (context: BrowserContext, screen: Screen) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme,
        ...options,
      });
      try {
        await shoot(context, { scheme, width });
      } finally {
        await context.close();
      }
    }
  }
}
