/**
 * The reader's pages as a reader meets them: the index pages list every record with its count,
 * the navigation's "More" opens on a phone, and a quote with its speaker's own words shows the
 * page's language first and the other a click away, each labelled.
 */
import { catalog } from '@null-and-void/statements';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { url } from './helpers.js';
import { readerSees, unseen } from './reader.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url(path), { waitUntil: 'load' });
  return page;
}

describe('index pages', () => {
  test('/events/ lists every staged vote with its number of statements', async () => {
    const page = await open('/events/');
    const crimea = catalog.events.find((e) => e.id === 'crimea-referendum-2014')!;
    const n = catalog.statementsAbout('crimea-referendum-2014').length;
    const item = page.locator('.index-item', { hasText: crimea.name.en });
    await expect.poll(() => item.textContent()).toContain(`${n} statements`);
    expect(await page.locator('.index-item').count()).toBe(catalog.events.length);
    expect(unseen(await readerSees(page, 'main', [crimea.name.en, '2014']))).toEqual([]);
    await page.close();
  });

  test('/uk/actors/ groups everyone by kind, in Ukrainian, with counts', async () => {
    const page = await open('/uk/actors/', 390);
    expect(await page.locator('.actor-index > li').count()).toBe(catalog.actors.length);
    const nato = catalog.actors.find((a) => a.id === 'nato')!;
    const n = catalog.statementsBy('nato').length;
    const row = page
      .locator('.actor-index > li')
      .filter({ has: page.getByRole('link', { name: nato.name.uk, exact: true }) });
    expect(await row.textContent()).toMatch(new RegExp(`${n} заяв`));
    expect(unseen(await readerSees(page, 'main', ['Держави', 'Міжнародні організації']))).toEqual(
      [],
    );
    await page.close();
  });

  test('/instruments/ shows each UN vote with its official totals', async () => {
    const page = await open('/instruments/', 390);
    const es114 = catalog.instruments.find((i) => i.id === 'unga-es-11-4')!;
    const item = page.locator('.index-item', { hasText: es114.symbol! });
    const text = await item.textContent();
    for (const n of [es114.votes!.yes, es114.votes!.no, es114.votes!.abstain])
      expect(text).toContain(String(n));
    await page.close();
  });
});

test('at 390 px the navigation is one row and "More" opens every other page', async () => {
  const page = await open('/uk/', 390);
  const rows = await page.locator('.site-nav > ul > li').evaluateAll(
    (items) =>
      // The rows of the links a reader sees (Data is hidden from the bar on a phone).
      new Set(
        items
          .filter((li) => li.getClientRects().length > 0)
          .map((li) => Math.round(li.getBoundingClientRect().top)),
      ).size,
  );
  expect(rows).toBe(1);
  await page.locator('.site-nav__more summary').click();
  const links = [
    'Дані',
    'Хто висловився',
    'ООН',
    'Регіони',
    'Про проєкт',
    'Методика',
    'Виправлення',
    'Контакти',
  ];
  expect(unseen(await readerSees(page, '.site-nav__more ul', links))).toEqual([]);
  await page.locator('.site-nav__more a', { hasText: 'Методика' }).click();
  await page.waitForURL(/\/uk\/method\/$/);
  expect(await page.locator('h1').textContent()).toBe('Методика');
  await page.close();
});

describe('a quote with its original words', () => {
  const statement = catalog.get('ukraine-mfa-2025-09-15');
  const quote = statement.quotes[0]!;
  const start = (text: string) => text.slice(0, 40);

  test('in English: the translation, labelled, and the Ukrainian original a click away', async () => {
    const page = await open('/statements/ukraine-mfa-2025-09-15/', 390);
    const figure = page.locator('#quote-1');
    expect(
      unseen(
        await readerSees(page, '#quote-1', [
          start(quote.text),
          'Translation, as published by Interfax-Ukraine',
        ]),
      ),
    ).toEqual([]);
    expect(await figure.locator('details blockquote').isVisible()).toBe(false);
    await figure.locator('details summary', { hasText: 'Original, Ukrainian' }).click();
    expect(
      unseen(
        await readerSees(page, '#quote-1 details', [
          start(quote.original!.text),
          'Source of the original',
        ]),
      ),
    ).toEqual([]);
    expect(await figure.locator('details blockquote').getAttribute('lang')).toBe('uk');
    await page.close();
  });

  test('in Ukrainian: the original first, the translation a click away', async () => {
    const page = await open('/uk/statements/ukraine-mfa-2025-09-15/quotes/1/');
    expect(
      unseen(
        await readerSees(page, '.quote', [start(quote.original!.text), 'Оригінал, українська']),
      ),
    ).toEqual([]);
    await page.locator('.quote details summary').click();
    expect(unseen(await readerSees(page, '.quote details', [start(quote.text)]))).toEqual([]);
    await page.close();
  });

  test('a translation whose original was not found says so', async () => {
    const page = await open('/statements/cnn-2022-09-23/quotes/4/');
    expect(
      unseen(
        await readerSees(page, '.quote', [
          'The speaker used Ukrainian; the original words were not found.',
        ]),
      ),
    ).toEqual([]);
    await page.close();
  });
});
