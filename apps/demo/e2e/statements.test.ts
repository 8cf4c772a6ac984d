import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { url, visit } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.locator('#results-status').textContent();
/** The ids of the view's results in order, those on later pages (data-paged) included. */
const shownIds = (page: Page) =>
  page
    .locator('#results > li')
    .evaluateAll((items) =>
      (items as HTMLElement[])
        .filter((item) => !item.hidden || 'paged' in item.dataset)
        .map((item) => item.dataset.id),
    );
/** What the status says of n results: a long list says how many of them are listed. */
const statusOf = (n: number) => (n > 20 ? `${n} statements, 20 listed` : `${n} statements`);
const countOf = (page: Page, key: string, value: string) =>
  page
    .locator(`input[name="${key}"][value="${value}"]`)
    .locator('xpath=..')
    .locator('[data-count]')
    .textContent();

test('searching narrows the list, highlights the match and keeps the words in the URL', async () => {
  const { page, errors } = await visit(browser, '/statements/');
  await page.fill('#q', 'Kherson');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Kherson');
  await page.waitForFunction(
    () => !document.querySelector('#results-status')?.textContent?.startsWith('139'),
  );
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(3);
  expect(ids.length).toBeLessThan(139);
  expect(await page.locator('#results > li:not([hidden]) mark').count()).toBeGreaterThan(0);
  expect(await page.locator('#results > li:not([hidden]) mark').first().textContent()).toMatch(
    /kherson/i,
  );
  expect(await status(page)).toBe(statusOf(ids.length));
  expect(errors).toEqual([]);
  await page.close();
});

test('a shared link reopens the same view: filters, words and order from the URL', async () => {
  const { page, errors } = await visit(
    browser,
    '/statements/?event=annexation-referendums-2022&issuerKind=state&sort=date',
  );
  await page.waitForFunction(
    () => !document.querySelector('#results-status')?.textContent?.startsWith('139'),
  );
  expect(await page.isChecked('input[name="event"][value="annexation-referendums-2022"]')).toBe(
    true,
  );
  expect(await page.isChecked('input[name="issuerKind"][value="state"]')).toBe(true);
  expect(await page.inputValue('#sort')).toBe('date');
  const ids = await shownIds(page);
  // The same statements, in the same order, as the query API gives.
  const { catalog } = await import('@null-and-void/statements');
  const expected = catalog
    .query({ event: 'annexation-referendums-2022', issuerKind: 'state' }, { sort: 'date' })
    .items.map((s) => s.id);
  expect(ids).toEqual(expected);
  expect(await page.locator('#active-filters li').count()).toBe(2);
  // Facet counts: each filter's counts apply the other filters (what ticking would add).
  const facets = catalog.facets({ event: 'annexation-referendums-2022', issuerKind: 'state' });
  const kherson = facets.region.find((f) => f.value === 'UA-65')!.count;
  expect(await countOf(page, 'region', 'UA-65')).toBe(String(kherson));
  const crimea = facets.event.find((f) => f.value === 'crimea-referendum-2014')!.count;
  expect(await countOf(page, 'event', 'crimea-referendum-2014')).toBe(String(crimea));
  expect(errors).toEqual([]);
  await page.close();
});

test('ticking a filter updates the list, the counts and the URL; Back undoes it', async () => {
  const { page } = await visit(browser, '/statements/');
  const before = await countOf(page, 'region', 'UA-43');
  await page.check('input[name="kind"][value="joint-statement"]');
  await page.waitForFunction(() => location.search.includes('kind=joint-statement'));
  const { catalog } = await import('@null-and-void/statements');
  const total = catalog.query({ kind: 'joint-statement' }).total;
  expect(await status(page)).toBe(statusOf(total));
  expect((await shownIds(page)).length).toBe(total);
  expect(await countOf(page, 'region', 'UA-43')).not.toBe(before);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  expect(await status(page)).toBe(statusOf(139));
  expect(await page.isChecked('input[name="kind"][value="joint-statement"]')).toBe(false);
  await page.close();
});

test('the prerendered facet counts equal the ones the script computes', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(url('/statements/'));
  const read = (page: Page) =>
    page.locator('[data-count]').evaluateAll((nodes) => nodes.map((n) => n.textContent));
  const prerendered = await read(plain);
  await context.close();
  const { page } = await visit(browser, '/statements/?sort=-date');
  await page.waitForFunction(
    () =>
      location.search === '?sort=-date' &&
      document.querySelector('#active-filters')?.hasAttribute('hidden'),
  );
  expect(await read(page)).toEqual(prerendered);
  await page.close();
});

test('no results: says so and offers the filter to loosen, which works', async () => {
  const { page } = await visit(browser, '/statements/?event=crimea-referendum-2014&year=2024');
  await page.locator('#no-results').waitFor({ state: 'visible' });
  expect(await status(page)).toBe('0 statements');
  const suggestions = page.locator('#no-results-hint button');
  expect(await suggestions.count()).toBe(2);
  const first = await suggestions.first().textContent();
  expect(first).toMatch(/^without “(Vote event|Year): .+”: \d+$/);
  await suggestions.first().click();
  await page.locator('#no-results').waitFor({ state: 'hidden' });
  expect(Number((await status(page))!.split(' ')[0])).toBeGreaterThan(0);
  await page.close();
});

test('a mistyped id in a shared link is dropped, not fatal', async () => {
  const { page, errors } = await visit(browser, '/statements/?event=no-such-event&region=UA-65');
  await page.waitForFunction(() => location.search === '?region=UA-65');
  expect(errors).toEqual([]);
  await page.close();
});

test('the language switch keeps the current view', async () => {
  const { page } = await visit(browser, '/statements/?q=sanctions&region=UA-43');
  await page.waitForFunction(() =>
    document.querySelector<HTMLAnchorElement>('.lang-switch')?.href.includes('q=sanctions'),
  );
  await page.click('.lang-switch');
  await page.waitForURL(/\/uk\/statements\/\?/);
  expect(await page.getAttribute('html', 'lang')).toBe('uk');
  expect(await page.inputValue('#q')).toBe('sanctions');
  expect(await page.isChecked('input[name="region"][value="UA-43"]')).toBe(true);
  await page.waitForFunction(() =>
    /заяв/.test(document.querySelector('#results-status')?.textContent ?? ''),
  );
  await page.close();
});

test('the home page search box opens the statements page with the words', async () => {
  const { page } = await visit(browser, '/uk/');
  await page.fill('#home-q', 'Херсон');
  await page.press('#home-q', 'Enter');
  await page.waitForURL(/\/uk\/statements\/\?q=/);
  await page.waitForFunction(
    () => !/^139/.test(document.querySelector('#results-status')?.textContent ?? ''),
  );
  expect((await shownIds(page)).length).toBeGreaterThan(0);
  await page.close();
});

describe('a bad order or overlong words in a shared link', () => {
  test.each([
    {
      lang: 'en',
      path: '/statements/?q=kherson&sort=bogus',
      q: 'kherson',
      chip: 'Search words: kherson',
    },
    {
      lang: 'uk',
      path: '/uk/statements/?q=херсон&sort=bogus',
      q: 'херсон',
      chip: 'Слова пошуку: херсон',
    },
  ] as const)('$path: the default order, the search kept', async ({ lang, path, q, chip }) => {
    const { page, errors } = await visit(browser, path);
    // The unknown order leaves the address; the words stay.
    const settled = await page
      .waitForFunction((words) => location.search === `?q=${encodeURIComponent(words)}`, q, {
        timeout: 10_000,
      })
      .then(() => 'the address lost the order')
      .catch(() => `the address is still ${new URL(page.url()).search}`);
    expect(errors).toEqual([]);
    expect(settled).toBe('the address lost the order');
    const { catalog } = await import('@null-and-void/statements');
    const expected = catalog.search(q).items.map((hit) => hit.statement.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownIds(page)).toEqual(expected);
    expect(await page.inputValue('#q')).toBe(q);
    expect(await page.inputValue('#sort')).toBe('');
    const chipButton = page.locator('#active-filters .chip').first();
    expect(await chipButton.isVisible()).toBe(true);
    expect(await chipButton.textContent()).toContain(chip);
    const shown = await status(page);
    expect(shown).toMatch(lang === 'en' ? `${expected.length} statements` : `${expected.length}`);
    expect(await page.locator('#results-status').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a filter with an unknown order: the default order, the filter kept', async () => {
    const { page, errors } = await visit(browser, '/statements/?region=UA-65&sort=bogus');
    await page
      .waitForFunction(() => location.search === '?region=UA-65', undefined, { timeout: 10_000 })
      .catch(() => undefined);
    expect(errors).toEqual([]);
    expect(new URL(page.url()).search).toBe('?region=UA-65');
    const { catalog } = await import('@null-and-void/statements');
    const expected = catalog.query({ region: 'UA-65' }, { sort: '-date' }).items.map((s) => s.id);
    expect(await shownIds(page)).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('6,000 letters of search words: cut, with a message a reader sees; the page answers', async () => {
    const long = 'kherson'.repeat(858);
    expect(long.length).toBe(6006);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, errors } = await visit(context, `/statements/?q=${long}`);
    await page.evaluate(() => {
      // The longest stretch the page's main thread was busy, for the report below.
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const w = window as unknown as { longest: number };
          w.longest = Math.max(w.longest, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    const note = page.locator('#q-too-long');
    await note.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await note.textContent()).toBe(
      'Search words are cut to their first 200 characters: only those are searched.',
    );
    expect(await note.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(100);
    const searched = new URL(page.url()).searchParams.get('q')!;
    expect(searched).toBe(long.slice(0, 200));
    expect(await page.inputValue('#q')).toBe(long.slice(0, 200));
    // The page still answers: a new search typed in replaces the cut words and the message goes.
    await page.fill('#q', 'Kherson');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Kherson');
    await note.waitFor({ state: 'hidden' });
    const { catalog } = await import('@null-and-void/statements');
    expect((await shownIds(page)).length).toBe(catalog.search('Kherson').total);
    // No horizontal scrolling at 390 px, whatever the length of the words in the chip.
    await page.fill('#q', long);
    await note.waitFor({ state: 'visible' });
    await page.waitForFunction(
      (words) => new URL(location.href).searchParams.get('q') === words,
      long.slice(0, 200),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`6,006-letter search words: longest main-thread task ${Math.round(longest)} ms`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a pasted 6,000-letter search in Ukrainian: the message in Ukrainian', async () => {
    const { page, errors } = await visit(browser, '/uk/statements/');
    await page.fill('#q', 'х'.repeat(6000));
    const note = page.locator('#q-too-long');
    await note.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await note.textContent()).toBe(
      'Слова пошуку обрізано до перших 200 символів: шукаються лише вони.',
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q')?.length === 200);
    expect(errors).toEqual([]);
    await page.close();
  });
});
