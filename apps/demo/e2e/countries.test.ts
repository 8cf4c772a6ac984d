/** The country pages, the index and the stance-and-silence matrix, as a reader uses them. */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { url, visit } from './helpers.js';
import { readerSees, unseen } from './reader.js';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // Smooth scrolling would move the page after the reader's check has measured it.
  context = await browser.newContext({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser?.close();
});

/** An element's text with runs of white space as one space. */
async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible rows' first cells (the country names), in order. */
function visibleNames(page: Page, table: string): Promise<string[]> {
  return page.$$eval(`${table} tbody tr:not([hidden]) th`, (cells) =>
    cells.map((c) => c.textContent?.trim() ?? ''),
  );
}

describe('a country page', () => {
  test('shows each vote in words and the silences with a date (en)', async () => {
    const { page, errors } = await visit(context, '/countries/br/');
    const es114 = page.locator('.country-votes li', { hasText: 'A/RES/ES-11/4' });
    expect(await text(es114)).toMatch(/A\/RES\/ES-11\/4 12 October 2022: In favour/);
    expect(await text(page.locator('.country-votes li', { hasText: 'A/RES/68/262' }))).toMatch(
      /Abstained/,
    );
    const sightings = await readerSees(page, '#event-annexation-referendums-2022', [
      'Annexation "referendums", 2022',
      'A/RES/ES-11/4',
      'Nothing found in the record as of 5 March 2026.',
    ]);
    expect(unseen(sightings)).toEqual([]);
    // The vote's source is the UN's own record.
    expect(await es114.locator('a', { hasText: 'source' }).first().getAttribute('href')).toBe(
      'https://digitallibrary.un.org/record/3990400',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('speaks Ukrainian, and a state that spoke lists its statements (uk)', async () => {
    const { page } = await visit(context, '/uk/countries/de/');
    expect(await text(page.locator('h1'))).toBe('Німеччина');
    const es114 = page.locator('.country-votes li', { hasText: 'A/RES/ES-11/4' });
    expect(await text(es114)).toMatch(/: За/);
    const annexation = page.locator('#event-annexation-referendums-2022');
    expect(await annexation.locator('.silence').count()).toBe(0);
    expect(await annexation.locator('article, li').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the index of countries', () => {
  test('lists the 193 members without JavaScript, sorted by name', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await visit(noScript, '/countries/');
    const names = await visibleNames(page, '#countries-table');
    expect(names).toHaveLength(193);
    expect(names.slice(0, 3)).toEqual(['Afghanistan', 'Albania', 'Algeria']);
    // The filters need the script; without it they stay hidden rather than not work.
    expect(await page.locator('form[data-table-tools]').isHidden()).toBe(true);
    await noScript.close();
  });

  test('sorts by a column and filters by region and vote', async () => {
    const { page, errors } = await visit(context, '/countries/');
    await page.getByRole('button', { name: 'Statements in the record' }).click();
    await page.getByRole('button', { name: 'Statements in the record' }).click();
    const first = (await visibleNames(page, '#countries-table'))[0];
    expect(first).toBe('Ukraine');
    await page.getByLabel('Vote on').selectOption({ label: 'A/RES/ES-11/4: Against' });
    expect((await visibleNames(page, '#countries-table')).sort()).toEqual([
      'Belarus',
      'Nicaragua',
      'North Korea',
      'Russia',
      'Syria',
    ]);
    expect(await text(page.locator('[data-count]').first())).toBe('5 of 193 shown');
    await page.getByLabel('Vote on').selectOption('');
    await page.getByLabel('Region').selectOption({ label: 'Eastern Europe' });
    await page.getByLabel('Find a country').fill('ukr');
    expect(await visibleNames(page, '#countries-table')).toEqual(['Ukraine']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the stance-and-silence matrix', () => {
  test("a state's cell links to its evidence, or says nothing was found as of a date", async () => {
    const { page } = await visit(context, '/countries/matrix/');
    const australia = page.locator('#matrix-table tbody tr', { hasText: 'Australia' });
    const said = australia.locator('td a', { hasText: /^\d+ statements?$/ }).first();
    const href = await said.getAttribute('href');
    expect(href).toMatch(/\/countries\/au\/#event-[a-z0-9-]+$/);
    expect(
      unseen(await readerSees(page, '#matrix-table', ['nothing found as of 5 March 2026'])),
    ).toEqual([]);
    // Following the link lands on the statements the cell counts.
    await said.click();
    await page.waitForURL(/\/countries\/au\//);
    const target = page.locator(new URL(href!, url('/')).hash);
    expect(await target.locator('.silence').count()).toBe(0);
    expect(await target.locator('a[href*="/statements/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('filters by what a state said about a vote', async () => {
    const { page } = await visit(context, '/countries/matrix/');
    await page
      .getByLabel('Said something about')
      .selectOption({ label: 'Annexation "referendums", 2022: Said something' });
    const names = await visibleNames(page, '#matrix-table');
    expect(names).toContain('Ukraine');
    expect(names).toContain('Germany');
    expect(names).not.toContain('Brazil');
    await page.close();
  });

  test('offers the matrix as CSV and JSON', async () => {
    const csv = await (await fetch(url('/data/stance-matrix.csv'))).text();
    expect(csv.split('\r\n')[0]).toMatch(
      /^state,state_name,state_name_uk,region,subregion,column_type/,
    );
    const json = await (await fetch(url('/data/stance-matrix.json'))).json();
    expect(json.rows).toHaveLength(193);
  });
});

describe('an instrument page', () => {
  test('names every state, grouped by vote, with counts equal to the official totals', async () => {
    const { page } = await visit(context, '/instruments/unga-es-11-4/');
    const groups = page.locator('.named-votes > div');
    const expected = [
      ['In favour', 143],
      ['Against', 5],
      ['Abstained', 35],
      ['Did not vote', 10],
    ] as const;
    for (const [i, [label, n]] of expected.entries()) {
      expect(await text(groups.nth(i).locator('h4'))).toBe(`${label} (${n})`);
      expect(await groups.nth(i).locator('li').count()).toBe(n);
    }
    await page.getByLabel('Find a country').fill('congo');
    const shown = await page.$$eval('.named-votes li:not([hidden])', (items) =>
      items.map((i) => `${i.closest('div')?.querySelector('h4')?.textContent}: ${i.textContent}`),
    );
    expect(shown).toEqual([
      'In favour (143): Democratic Republic of the Congo',
      'Abstained (35): Republic of the Congo',
    ]);
    // The text of the resolution is the UN's record, not an encyclopedia.
    const resolution = await page.locator('.facts a.source-url').first().getAttribute('href');
    expect(resolution).toBe('https://digitallibrary.un.org/record/3990400');
    await page.close();
  });
});
