/**
 * No page scrolls sideways on a phone, at 390 px, in one browser and one tab (images are not
 * fetched: their boxes keep their size attributes). Every page of the sitemap in both languages
 * took 320 s here, so the test checks a sample that covers every page type: every statement page
 * (the titles are the longest words), every page that is not a quote, actor or country page, and
 * every sixth quote, actor and country page.
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

const SAMPLED = /^(?:\/uk)?\/(?:statements\/[^/]+\/quotes|actors|countries)\/[^/]+\//;

/** Every sixth page of the large groups sampled, every other page. */
function sample(paths: readonly string[]): string[] {
  let seen = 0;
  return paths.filter((path) => !SAMPLED.test(path) || seen++ % 6 === 0);
}

test('no page scrolls sideways at 390 px (a sample of every type)', {
  timeout: 600_000,
}, async () => {
  const all = await sitemapPages();
  // NV_OVERFLOW_ALL=1 checks every page of the sitemap (about 2–5 minutes), e.g. before a release.
  const paths = process.env.NV_OVERFLOW_ALL ? all : sample(all);
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
    `overflow at 390 px: ${paths.length} of the sitemap's ${all.length} pages checked in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  expect(paths.length).toBeGreaterThan(400);
  expect(wide).toEqual([]);
});
