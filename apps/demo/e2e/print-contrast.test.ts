/**
 * A statement page printed (the text, quotes, source with its address, citation; no navigation,
 * filters, buttons or embed panel), and the site in forced colours (Windows high contrast): focus
 * rings and control borders visible, votes and stances said in words, not colour alone.
 */
import { catalog } from '@null-and-void/statements';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { inLang, visit } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether each selector's first element is rendered (not display: none anywhere above it). */
function rendered(page: Page, selectors: readonly string[]) {
  return page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((selector) => {
          const el = document.querySelector(selector);
          return [selector, el ? el.checkVisibility({ visibilityProperty: true }) : 'missing'];
        }),
      ),
    selectors,
  );
}

describe('printing a statement', () => {
  for (const lang of ['en', 'uk'] as const) {
    test(`${lang}: the text, the quotes, the source address and the citation; nothing else`, async () => {
      const statement = catalog.get('nato-2022-09-22');
      const { page, errors } = await visit(browser, inLang(lang, '/statements/nato-2022-09-22/'));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const kept = await rendered(page, [
        '.statement__header h1',
        'section[aria-labelledby="summary"]',
        '.quote blockquote',
        'a.source-url',
        '#cite-plain',
      ]);
      expect(Object.values(kept)).toEqual([true, true, true, true, true]);
      const gone = await rendered(page, [
        '.site-header',
        '.site-nav',
        '.site-footer',
        '.embed-panel',
        '.pager',
        'button[data-copy]',
        '.cite-files',
      ]);
      expect(Object.values(gone).every((v) => v === false || v === 'missing')).toBe(true);
      expect(gone['.site-header']).toBe(false);
      expect(gone['.embed-panel']).toBe(false);
      // The address is printed as text a reader of the paper can type.
      expect(await page.locator('a.source-url').first().textContent()).toBe(statement.source.url);
      expect(await page.locator('h1').textContent()).toBe(statement.title[lang]);
      // Black on white, whatever the screen's theme.
      const colours = await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.querySelector('h1')!).color,
      ]);
      expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      const pdf = await page.pdf({ format: 'A4' });
      console.log(`print of /${lang}/statements/nato-2022-09-22/: ${pdf.length} bytes of PDF`);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('the statements page prints its list without the filters', async () => {
    const { page } = await visit(browser, '/statements/');
    await page.emulateMedia({ media: 'print' });
    const state = await rendered(page, ['#filters', '#results > li h3', '#results-status']);
    expect(state).toEqual({ '#filters': false, '#results > li h3': true, '#results-status': true });
    await page.close();
  });
});

describe('forced colours', () => {
  const pages = [
    { path: '/statements/', control: '#q' },
    { path: '/statements/nato-2022-09-22/', control: 'a.source-url' },
    { path: '/', control: '#home-q' },
    { path: '/uk/statements/', control: '#q' },
  ];
  for (const { path, control } of pages) {
    test(`${path}: a visible focus ring and visible control edges`, async () => {
      const { page, errors } = await visit(browser, path);
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await page.focus(control);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement!;
        const style = getComputedStyle(el);
        return {
          style: style.outlineStyle,
          width: Number.parseFloat(style.outlineWidth),
          colour: style.outlineColor,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(ring.colour).not.toBe(ring.background);
      const edges = await page.evaluate(() =>
        [...document.querySelectorAll('input[type="search"], .button, select')]
          .filter((el) => el.checkVisibility())
          .map((el) => {
            const style = getComputedStyle(el);
            return {
              what: el.id || el.className,
              style: style.borderTopStyle,
              width: Number.parseFloat(style.borderTopWidth),
              colour: style.borderTopColor,
              background: getComputedStyle(document.body).backgroundColor,
            };
          }),
      );
      expect(edges.length).toBeGreaterThan(0);
      for (const edge of edges) {
        expect(edge, edge.what).toMatchObject({ style: 'solid' });
        expect(edge.width, edge.what).toBeGreaterThanOrEqual(1);
        expect(edge.colour, edge.what).not.toBe(edge.background);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('a UN vote and a quote say their side in words, not colour alone', async () => {
    const { page } = await visit(browser, '/statements/nato-2022-09-22/');
    await page.emulateMedia({ forcedColors: 'active' });
    const quote = catalog.get('nato-2022-09-22').quotes[0]!;
    const badge = page.locator('.quote .badge').first();
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toBe(
      { condemns: 'condemns', 'supports-vote': 'supports the vote', reports: 'reports' }[
        quote.stance
      ],
    );
    await page.goto(page.url().replace(/\/statements\/.*$/, '/actors/ukraine/'));
    await page.emulateMedia({ forcedColors: 'active' });
    const votes = await page.locator('.votes .vote').allInnerTexts();
    expect(votes.length).toBeGreaterThan(0);
    for (const vote of votes) expect(vote).toMatch(/^(In favour|Against|Abstained|Did not vote)$/);
    await page.close();
  });
});
