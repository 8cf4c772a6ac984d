/**
 * No page scrolls sideways on a phone: every page in the sitemap, in both languages, at 390 px,
 * in one browser and one tab (images are not fetched: their boxes keep their size attributes).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { url } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function sitemapPages(): Promise<string[]> {
  const sitemap = await (await fetch(url('/sitemap.xml'))).text();
  const english = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const alternates = [...sitemap.matchAll(/hreflang="uk" href="([^"]+)"/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  return [...new Set([...english, ...alternates])];
}

test('no page in the sitemap scrolls sideways at 390 px', { timeout: 600_000 }, async () => {
  const paths = await sitemapPages();
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.route(/\.(png|ico)$/, (route) => route.abort());
  const wide: string[] = [];
  const started = Date.now();
  for (const path of paths) {
    await page.goto(url(path), { waitUntil: 'load' });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) wide.push(`${path}: ${scroll - client} px wider than the screen`);
  }
  console.log(
    `overflow at 390 px: ${paths.length} pages checked in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  expect(paths.length).toBeGreaterThan(1000);
  expect(wide).toEqual([]);
});
