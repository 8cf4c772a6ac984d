import { catalog } from '@null-and-void/statements';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shareImagePath } from '../src/images/paths.js';
import { launchBrowser } from './browser.js';
import { inLang, siteUrl, url } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LANGS = ['en', 'uk'] as const;
type Lang = (typeof LANGS)[number];

/** Width and height from a PNG's header (its IHDR chunk), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchImage(address: string, type = 'image/png') {
  const response = await fetch(address);
  expect(response.status, address).toBe(200);
  expect(response.headers.get('content-type'), address).toBe(type);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function expectShareImage(address: string) {
  const { response, bytes } = await fetchImage(address);
  expect(response.headers.get('access-control-allow-origin'), address).toBe('*');
  expect(pngSize(bytes), address).toEqual({ width: 1200, height: 630 });
}

/** The page's language and its path without the language prefix, from its URL. */
function pageOf(address: string): { lang: Lang; path: string } {
  const path = `/${new URL(address).pathname.slice(new URL(siteUrl).pathname.length)}`;
  return path.startsWith('/uk/')
    ? { lang: 'uk', path: path.slice('/uk'.length) }
    : { lang: 'en', path };
}

function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`));
  return tag?.[1]?.replaceAll('&amp;', '&');
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe('share images', () => {
  test('every page in the sitemap, in both languages, has its own 1200×630 og:image', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text();
    // The API reference is TypeDoc's pages, in English only, without share images.
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => m[1]!)
      .filter((address) => !address.startsWith(url('/docs/api/')));
    expect(pages.filter((p) => pageOf(p).lang === 'uk')).toHaveLength(pages.length / 2);
    const images = new Set<string>();
    await inBatches(pages, 8, async (address) => {
      const html = await (await fetch(address)).text();
      const { lang, path } = pageOf(address);
      const image = meta(html, 'og:image');
      expect(image, address).toBe(url(shareImagePath(lang, path)));
      expect(meta(html, 'og:image:width'), address).toBe('1200');
      expect(meta(html, 'og:image:height'), address).toBe('630');
      expect(meta(html, 'og:image:alt')?.length, address).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card'), address).toBe('summary_large_image');
      expect(meta(html, 'twitter:image'), address).toBe(image);
      await expectShareImage(image!);
      images.add(image!);
    });
    expect(images.size).toBe(pages.length);
  });

  test('every statement has its card PNG and every UN vote its tally PNG, in both languages', async () => {
    const paths = [
      ...catalog.statements.map((s) => `/statements/${s.id}/`),
      ...catalog.instruments.filter((i) => i.votes).map((i) => `/instruments/${i.id}/`),
    ];
    expect(paths.length).toBeGreaterThan(catalog.statements.length);
    await inBatches(
      LANGS.flatMap((lang) => paths.map((path) => url(shareImagePath(lang, path)))),
      8,
      expectShareImage,
    );
  });

  test('embed frames and the 404 page show the home page’s image', async () => {
    for (const lang of LANGS) {
      for (const path of ['/embed/statement/', '/embed/tally/', '/no-such-page/']) {
        const html = await (await fetch(url(inLang(lang, path)))).text();
        expect(meta(html, 'og:image'), path).toBe(url(shareImagePath(lang, '/')));
      }
    }
  });
});

describe('"image of this card" downloads', () => {
  const cases = [
    { lang: 'en', path: '/statements/nato-2022-09-22/', heading: 'Image of this card' },
    { lang: 'uk', path: '/statements/nato-2022-09-22/', heading: 'Зображення цієї картки' },
    { lang: 'en', path: '/instruments/unga-es-11-4/', heading: 'Image of this tally' },
    { lang: 'uk', path: '/instruments/unga-es-11-4/', heading: 'Зображення цього підсумку' },
  ] as const;

  test.each(cases)('$path ($lang): a visible download of the page’s PNG', async (c) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url(inLang(c.lang, c.path)));
    const block = page.locator('.share-image');
    await block.scrollIntoViewIfNeeded();
    await expect.poll(() => block.locator('h3').textContent()).toBe(c.heading);
    const link = block.locator('a[download]');
    const label = c.lang === 'en' ? 'Download the image' : 'Завантажити зображення';
    expect(await link.textContent()).toBe(label);
    expect(await block.textContent()).toContain('PNG, 1200 × 630');
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    const file = await link.getAttribute('download');
    expect(file).toMatch(new RegExp(`^null-and-void-[a-z0-9-]+-${c.lang}\\.png$`));
    const href = new URL((await link.getAttribute('href'))!, url('/')).href;
    expect(href).toBe(url(shareImagePath(c.lang, c.path)));
    await expectShareImage(href);
    // The preview is the same image, loaded and shown across the column.
    const preview = block.locator('img');
    await preview.scrollIntoViewIfNeeded();
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1200);
    const box = (await preview.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height / box.width).toBeCloseTo(630 / 1200, 2);
    await page.close();
  });

  test('an instrument without a vote offers no tally image', async () => {
    const charter = catalog.instruments.find((i) => !i.votes)!;
    const html = await (await fetch(url(`/instruments/${charter.id}/`))).text();
    expect(html).not.toContain('class="share-image"');
  });
});

describe('favicons', () => {
  test('favicon.ico holds the mark at 16, 32 and 48 px', async () => {
    const { bytes } = await fetchImage(url('/favicon.ico'), 'image/x-icon');
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([
      0, 1, 3,
    ]);
    const sizes = [0, 1, 2].map((i) => {
      const entry = 6 + 16 * i;
      const offset = bytes.readUInt32LE(entry + 12);
      const png = bytes.subarray(offset, offset + bytes.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual({ width: bytes[entry], height: bytes[entry + 1] });
      return bytes[entry];
    });
    expect(sizes).toEqual([16, 32, 48]);
  });

  test('apple-touch-icon.png is 180×180, and every page links the set', async () => {
    const { bytes } = await fetchImage(url('/apple-touch-icon.png'));
    expect(pngSize(bytes)).toEqual({ width: 180, height: 180 });
    for (const path of ['/', '/uk/statements/nato-2022-09-22/', '/embed/quote/']) {
      const html = await (await fetch(url(path))).text();
      for (const link of [
        `<link rel="icon" href="${new URL(url('/favicon.ico')).pathname}" sizes="32x32">`,
        `<link rel="icon" href="${new URL(url('/favicon.svg')).pathname}" type="image/svg+xml">`,
        `<link rel="apple-touch-icon" href="${new URL(url('/apple-touch-icon.png')).pathname}">`,
      ])
        expect(html, path).toContain(link);
    }
  });
});
