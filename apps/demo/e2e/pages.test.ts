import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { inLang, PAGE_TYPES, url, visit } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LANGS = ['en', 'uk'] as const;
const pages = LANGS.flatMap((lang) =>
  Object.entries(PAGE_TYPES).map(([name, path]) => ({ lang, name, path })),
);

describe('every page type, in both languages', () => {
  test.each(pages)(
    '$name ($lang): metadata, language switch, no errors, no third party',
    async ({ lang, path }) => {
      const { page, errors, foreign } = await visit(browser, inLang(lang, path), 'settled');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const title = await page.title();
      expect(title.length).toBeGreaterThan(5);
      const description = await page.getAttribute('meta[name="description"]', 'content');
      expect(description!.length).toBeGreaterThan(30);
      const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
      expect(canonical).toBe(url(inLang(lang, path)));
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
      expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(canonical);
      const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(jsonLd.length).toBeGreaterThan(0);
      for (const block of jsonLd) expect(JSON.parse(block)['@context']).toBe('https://schema.org');
      // The switch leads to the same page in the other language.
      const other = lang === 'en' ? 'uk' : 'en';
      const switchHref = await page.getAttribute('.lang-switch', 'href');
      expect(new URL(switchHref!, url('/')).pathname).toBe(inLang(other, path));
      expect(await page.getAttribute('.lang-switch', 'hreflang')).toBe(other);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  test.each(pages)(
    '$name ($lang): axe finds no violations, light and dark',
    async ({ lang, path }) => {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme: scheme });
        const { page } = await visit(context, inLang(lang, path), 'settled');
        // Every rule in the light scheme; the dark scheme changes only colours.
        const axe = new AxeBuilder({ page });
        if (scheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
        const results = await axe.analyze();
        expect(
          results.violations.map(
            (v) =>
              `${scheme}: ${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        ).toEqual([]);
        await context.close();
      }
    },
    // The matrix is 193 rows of 20 cells: axe takes about a minute over it on a busy machine.
    180_000,
  );
});

test('titles differ from page to page', async () => {
  const titles = new Set<string>();
  for (const lang of LANGS) {
    for (const path of Object.values(PAGE_TYPES)) {
      const page = await (await fetch(url(inLang(lang, path)))).text();
      titles.add(/<title>([^<]*)<\/title>/.exec(page)![1]!);
    }
  }
  expect(titles.size).toBe(LANGS.length * Object.keys(PAGE_TYPES).length);
});

test('an unknown address answers 404 with the page in its language', async () => {
  const context = await browser.newContext();
  for (const lang of LANGS) {
    const { page } = await visit(context, inLang(lang, '/statements/no-such-statement/'));
    const response = await page.request.get(url(inLang(lang, '/statements/no-such-statement/')));
    expect(response.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  }
  await context.close();
});

describe('without JavaScript', () => {
  test('a statement page has its text, quotes, metadata links and source', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/statements/nato-2022-09-22/'));
    await expect(page.locator('h1').textContent()).resolves.toContain('NATO Allies condemn');
    expect(await page.locator('.full-text p').count()).toBeGreaterThan(2);
    expect(await page.locator('.quote blockquote').count()).toBe(2);
    await expect(page.locator('.quote figcaption a').first().getAttribute('href')).resolves.toBe(
      '/actors/nato-north-atlantic-council/',
    );
    expect(
      await page.locator('a[href="/events/annexation-referendums-2022/"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('a[href="/instruments/unga-es-11-1/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/regions/UA-65/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a.source-url[href^="https://"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[rel="prev"]').count()).toBe(1);
    expect(await page.locator('a[rel="next"]').count()).toBe(1);
    expect(await page.locator('#cite-bibtex').textContent()).toMatch(/^@misc\{nato-2022-09-22,/);
    await context.close();
  });

  test('the statements page lists every statement with a link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/uk/statements/'));
    const items = page.locator('#results > li');
    expect(await items.count()).toBe(139);
    expect(await page.locator('#results > li h3 a[href^="/uk/statements/"]').count()).toBe(139);
    expect(await page.locator('#results-status').textContent()).toBe('139 заяв');
    await context.close();
  });

  test('the excerpt note is on excerpt-based statements, in both languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/statements/g7-2014-03-12/'));
    expect(await page.locator('.excerpt-note').textContent()).toBe(
      'Summary based on an excerpt of the source.',
    );
    await page.goto(url('/uk/statements/g7-2014-03-12/'));
    expect(await page.locator('.excerpt-note').textContent()).toBe(
      'Стислий виклад складено на основі уривка джерела.',
    );
    await page.goto(url('/statements/nato-2022-09-22/'));
    expect(await page.locator('.excerpt-note').count()).toBe(0);
    await context.close();
  });
});

test('the instrument page names the states on each side with Intl country names', async () => {
  const { page } = await visit(browser, '/uk/instruments/unga-es-11-4/');
  const against = await page.locator('.named-votes > div').nth(1).locator('li').allTextContents();
  expect(against).toEqual(
    expect.arrayContaining(['Росія', 'Білорусь', 'Північна Корея', 'Сирія', 'Нікарагуа']),
  );
  expect(against).toHaveLength(5);
  expect(await page.locator('.tally__count--yes dd').first().textContent()).toBe('143');
  await page.close();
});

test('readable on a phone: nothing overflows the screen at 390 px', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  for (const path of Object.values(PAGE_TYPES)) {
    const { page } = await visit(context, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.close();
  }
  await context.close();
});
