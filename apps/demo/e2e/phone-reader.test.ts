/**
 * The statements page as a reader on a phone meets it: the count and the first result on the
 * first screen, the filters behind a button that says what they give, paging kept in the URL and
 * in history, bad dates explained in words, and no sideways scrolling on the pages this work
 * changed. Also: NATO's page gathering its Secretary General's statements, and a timeline year
 * folded back.
 */
import { catalog } from '@null-and-void/statements';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { inLang, visit } from './helpers.js';

let browser: Browser;
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});

const FIRST_SCREEN = 800;

/** Where a visible element's box lies on the page (scrolled to the top), and its text. */
function onFirstScreen(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      window.scrollTo(0, 0);
      const box = el.getBoundingClientRect();
      return {
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
        visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        width: Math.round(box.width),
      };
    });
}

/** The statements a view lists now (not those hidden on a later page or by a filter). */
const listedIds = (page: Page) =>
  page
    .locator('#results > li:not([hidden])')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id!));

const engineRan = (page: Page) =>
  page.waitForFunction(
    () => !/^139\b/.test(document.querySelector('#results-status')?.textContent ?? ''),
  );

describe('results first on a phone (390 px)', () => {
  for (const lang of ['en', 'uk'] as const) {
    test(`${lang}: /statements/ shows the count and the first statement in the first 800 px`, async () => {
      const { page, errors } = await visit(phone, inLang(lang, '/statements/'));
      const newest = catalog.query(undefined, { sort: '-date', limit: 1 }).items[0]!;
      const status = await onFirstScreen(page, '#results-status');
      const first = await onFirstScreen(page, '#results > li:not([hidden]) h3');
      console.log(
        `390 px ${lang} /statements/: count at ${status.top} px, first result ${first.top}–${first.bottom} px`,
      );
      expect(status.text).toBe(
        lang === 'en' ? '139 statements, 20 listed' : '139 заяв, показано 20',
      );
      expect(first.text).toBe(newest.title[lang]);
      for (const seen of [status, first]) {
        expect(seen.visible).toBe(true);
        expect(seen.top).toBeGreaterThanOrEqual(0);
        expect(seen.bottom).toBeLessThanOrEqual(FIRST_SCREEN);
      }
      // The filters wait behind one button, which says what they give.
      const toggle = page.locator('#filters-drawer > summary');
      expect(await toggle.isVisible()).toBe(true);
      expect((await toggle.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
        lang === 'en' ? 'Filters 139 statements' : 'Фільтри 139 заяв',
      );
      expect(await page.locator('#filter-issuer').isVisible()).toBe(false);
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#filter-issuer').isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    test(`${lang}: a search from the home page lands with its count and first result in view`, async () => {
      const { page, errors } = await visit(phone, inLang(lang, '/'));
      await page.fill('#home-q', 'gunpoint');
      await page.press('#home-q', 'Enter');
      await page.waitForURL(/statements\/\?q=gunpoint/);
      await engineRan(page);
      const [best] = catalog.search('gunpoint').items;
      const status = await onFirstScreen(page, '#results-status');
      const first = await onFirstScreen(page, '#results > li:not([hidden]) h3');
      console.log(
        `390 px ${lang} home search: count at ${status.top} px, first result ${first.top}–${first.bottom} px`,
      );
      expect(first.text).toBe(best!.statement.title[lang]);
      expect(status.text).toMatch(/^\d+ /);
      for (const seen of [status, first]) {
        expect(seen.visible).toBe(true);
        expect(seen.bottom).toBeLessThanOrEqual(FIRST_SCREEN);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('paging', () => {
  test('"Show more" lists 20 more, keeps the place in the URL, says so, and Back returns', async () => {
    const { page, errors } = await visit(phone, '/statements/');
    const all = catalog.query(undefined, { sort: '-date' }).items.map((s) => s.id);
    expect(await listedIds(page)).toEqual(all.slice(0, 20));
    const more = page.locator('#show-more');
    expect((await more.textContent())?.trim()).toBe('Show 20 more');
    await more.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('shown') === '40');
    await page.waitForFunction(
      () => document.querySelectorAll('#results > li:not([hidden])').length === 40,
    );
    expect(await listedIds(page)).toEqual(all.slice(0, 40));
    // The status (a live region) says how many are listed; focus is on the first new result.
    expect(await page.locator('#results-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#results-status').textContent()).toBe('139 statements, 40 listed');
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.dataset.id);
    expect(focused).toBe(all[20]);
    await more.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('shown') === '60');
    // Open a statement from the third page, then come back to the same place.
    await page.locator(`#results > li[data-id="${all[45]}"] h3 a`).click();
    await page.waitForURL(new RegExp(`/statements/${all[45]}/$`));
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelectorAll('#results > li:not([hidden])').length === 60,
    );
    expect(new URL(page.url()).searchParams.get('shown')).toBe('60');
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelectorAll('#results > li:not([hidden])').length === 40,
    );
    expect(new URL(page.url()).searchParams.get('shown')).toBe('40');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a shared link with ?shown= lists that many; a new filter starts again at the first page', async () => {
    const { page, errors } = await visit(phone, '/uk/statements/?shown=60');
    await page.waitForFunction(
      () => document.querySelectorAll('#results > li:not([hidden])').length === 60,
    );
    expect(await page.locator('#results-status').textContent()).toBe('139 заяв, показано 60');
    expect((await page.locator('#show-more').textContent())?.trim()).toBe('Показати ще 20');
    await page.locator('#filters-drawer > summary').click();
    await page.check('input[name="kind"][value="joint-statement"]');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('kind') === 'joint-statement',
    );
    expect(new URL(page.url()).searchParams.has('shown')).toBe(false);
    const total = catalog.query({ kind: 'joint-statement' }).total;
    expect(await listedIds(page)).toHaveLength(Math.min(20, total));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript every statement is listed, with no button that cannot work', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const { url } = await import('./helpers.js');
    await page.goto(url('/statements/'));
    expect(await page.locator('#results > li:not([hidden])').count()).toBe(139);
    expect(await page.locator('#show-more').isVisible()).toBe(false);
    await context.close();
  });
});

describe('bad dates in a shared link', () => {
  const cases = [
    {
      path: '/statements/?from=2025&to=2014',
      field: '#from',
      message: 'The start date (2025) is after the end date (2014), so no statement can match.',
      status: 'No list: the dates in the filters need correcting.',
    },
    {
      path: '/uk/statements/?from=2025&to=2014',
      field: '#from',
      message: 'Початкова дата (2025) пізніша за кінцеву (2014), тож жодна заява не може підійти.',
      status: 'Список не показано: дати у фільтрах треба виправити.',
    },
    {
      path: '/statements/?from=2022-13',
      field: '#from',
      message:
        '“2022-13” is not a date. Write a year (2022), a month (2022-09) or a day (2022-09-30).',
      status: 'No list: the dates in the filters need correcting.',
    },
    {
      path: '/uk/statements/?to=2022-13',
      field: '#to',
      message: '«2022-13» — не дата. Напишіть рік (2022), місяць (2022-09) або день (2022-09-30).',
      status: 'Список не показано: дати у фільтрах треба виправити.',
    },
  ];
  for (const { path, field, message, status } of cases) {
    test(`${path}: says what is wrong next to the field, and lists nothing`, async () => {
      const { page, errors } = await visit(phone, path);
      await page.waitForFunction(
        (text) => document.querySelector('#results-status')?.textContent === text,
        status,
      );
      expect(await page.locator('#results > li:not([hidden])').count()).toBe(0);
      expect(await page.locator('#show-more').isVisible()).toBe(false);
      const input = page.locator(field);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
      const error = page.locator(`#${describedBy[0]}`);
      expect(await error.textContent()).toBe(message);
      expect(await error.isVisible()).toBe(true);
      // Next to the field: just below its row, within the filters' column.
      const fieldBox = (await input.boundingBox())!;
      const errorBox = (await error.boundingBox())!;
      expect(errorBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(40);
      expect(errorBox.y).toBeGreaterThan(fieldBox.y);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('correcting the date brings the list back and the message goes', async () => {
    const { page } = await visit(phone, '/statements/?from=2025&to=2014');
    await page.locator('#from-error').waitFor({ state: 'visible' });
    await page.fill('#from', '2014');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2014');
    await page.locator('#from-error').waitFor({ state: 'hidden' });
    expect(await page.getAttribute('#from', 'aria-invalid')).toBe('false');
    const total = catalog.query({ from: '2014', to: '2014' }).total;
    expect(await listedIds(page)).toHaveLength(Math.min(total, 20));
    await page.close();
  });
});

describe('no sideways scrolling at 390 px on the pages changed here', () => {
  const paths = [
    '/',
    '/uk/',
    '/statements/',
    '/uk/statements/',
    '/uk/statements/?from=2025&to=2014',
    '/data/',
    '/uk/data/',
    '/uk/instruments/unga-es-11-4/',
    '/actors/nato/',
    '/uk/actors/nato/',
    '/statements/nato-2022-09-22/',
    '/uk/events/annexation-referendums-2022/',
  ];
  for (const path of paths) {
    test(path, async () => {
      const { page } = await visit(phone, path, 'settled');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.close();
    });
  }
});

describe('counts that count what they say', () => {
  test("NATO's page lists its Secretary General's statements, naming the person", async () => {
    const { page, errors } = await visit(browser, '/actors/nato/');
    const section = page.locator('section[aria-labelledby="offices"]');
    expect(await section.locator('h2').textContent()).toBe(
      'Issued by its offices and office holders',
    );
    const sg = catalog.statementsBy('nato-secretary-general');
    const withPerson = sg.find((s) => s.issuers.includes('jens-stoltenberg'))!;
    const item = section.locator(`li[data-id="${withPerson.id}"]`);
    expect(await item.isVisible()).toBe(true);
    expect(await item.textContent()).toContain('Jens Stoltenberg');
    expect(await section.locator('li[data-id]').count()).toBe(
      catalog.statementsBy('nato', { includeOffices: true }).length -
        catalog.statementsBy('nato').length,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the event page counts each statement once by its main issuer: states above people', async () => {
    const { page, errors } = await visit(
      browser,
      '/events/annexation-referendums-2022/',
      'settled',
    );
    const rows = await page
      .locator('nv-tally')
      .evaluate((el) =>
        [...el.shadowRoot!.querySelectorAll('[part="kinds"] li')].map((li) => [
          li.querySelector('.kind')!.textContent,
          Number(li.querySelector('.kind-count')!.textContent),
        ]),
      );
    const total = catalog.statementsAbout('annexation-referendums-2022').length;
    expect(rows[0]?.[0]).toBe('States');
    expect(rows.map(([kind]) => kind)).not.toContain('People');
    expect(rows.reduce((n, [, count]) => n + Number(count), 0)).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('an open timeline year on the home page folds back, and the focus stays on its button', async () => {
  const { page, errors } = await visit(browser, '/', 'settled');
  const timeline = page.locator('nv-timeline');
  await timeline.scrollIntoViewIfNeeded();
  const more = timeline.locator('button[part="more"]').first();
  await more.waitFor();
  const label = await more.textContent();
  const before = await timeline.locator('li[data-entry^="statement:"]').count();
  await more.click();
  const less = timeline.locator('button[part="less"]').first();
  await less.waitFor();
  expect(await timeline.locator('li[data-entry^="statement:"]').count()).toBeGreaterThan(before);
  await less.focus();
  await page.keyboard.press('Enter');
  await timeline.locator('button[part="less"]').waitFor({ state: 'detached' });
  expect(await timeline.locator('li[data-entry^="statement:"]').count()).toBe(before);
  expect((await timeline.locator('button[part="more"]').first().textContent())?.trim()).toBe(
    label?.trim(),
  );
  const focused = await timeline.evaluate((el) =>
    el.shadowRoot!.activeElement?.getAttribute('part'),
  );
  expect(focused).toBe('more');
  expect(errors).toEqual([]);
  await page.close();
});

test('the home page at 1280 px: no column runs far past the other', async () => {
  const { page } = await visit(browser, '/', 'settled');
  await page.setViewportSize({ width: 1280, height: 900 });
  const columns = await page.evaluate(() =>
    [...document.querySelectorAll('.home-grid__top > section')].map((s) =>
      Math.round(s.getBoundingClientRect().bottom + scrollY),
    ),
  );
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(
    `home at 1280 px: the two top columns end at ${columns.join(' and ')} px; page ${height} px`,
  );
  expect(columns).toHaveLength(2);
  const [a, b] = columns as [number, number];
  const top = await page.evaluate(() =>
    Math.round(document.querySelector('.home-grid__top')!.getBoundingClientRect().top + scrollY),
  );
  // The shorter column is at least half as tall as the longer one.
  expect(Math.min(a, b) - top).toBeGreaterThan((Math.max(a, b) - top) / 2);
  await page.close();
});
