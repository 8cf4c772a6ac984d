/**
 * The statements page while searching: the counts beside the filters describe the results on
 * screen, and each result's passage is cut between words.
 */
import { catalog } from '@null-and-void/statements';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { visit } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The count a reader sees beside one checkbox, and whether it is on screen. */
const count = (page: Page, key: string, value: string) =>
  page
    .locator(`input[name="${key}"][value="${value}"]`)
    .locator('xpath=..')
    .locator('[data-count]')
    .evaluate((node) => {
      const box = node.getBoundingClientRect();
      return { text: node.textContent, shown: box.width > 0 && box.height > 0 };
    });

const settled = (page: Page, total: number) =>
  page.waitForFunction(
    // "N statements", or "N statements, 20 listed" when the list pages.
    (n) =>
      /^(\d+) statements(,|$)/.exec(
        document.querySelector('#results-status')?.textContent ?? '',
      )?.[1] === String(n),
    total,
  );

test('while searching, each count is the number of hits that ticking the box would show', async () => {
  const event = 'annexation-referendums-2022';
  const { page, errors } = await visit(browser, `/statements/?q=Kherson&event=${event}`);
  const expected = catalog.search('Kherson', { event }, { facets: ['region', 'event', 'kind'] });
  await settled(page, expected.total);
  // Less than without the words: the counts are over the search's hits, not the filter's.
  const unsearched = catalog.facets({ event }, ['region']).region;
  const kherson = expected.facets.region.find((f) => f.value === 'UA-65')!.count;
  expect(kherson).toBeLessThan(unsearched.find((f) => f.value === 'UA-65')!.count);
  expect(await count(page, 'region', 'UA-65')).toEqual({ text: String(kherson), shown: true });
  for (const { value, count: n } of expected.facets.kind) {
    expect((await count(page, 'kind', value)).text).toBe(String(n));
  }
  // The event's own counts leave its filter out: what ticking another event would add.
  const crimea = expected.facets.event.find((f) => f.value === 'crimea-referendum-2014');
  expect((await count(page, 'event', 'crimea-referendum-2014')).text).toBe(
    String(crimea?.count ?? 0),
  );
  // Ticking a box shows as many statements as its count said.
  const kind = expected.facets.kind[0]!;
  await page.check(`input[name="kind"][value="${kind.value}"]`);
  await settled(page, kind.count);
  expect(errors).toEqual([]);
  await page.close();
});

test('a result shows a passage around the match, cut between words', async () => {
  const { page } = await visit(browser, '/statements/?q=according');
  const hits = catalog.search('according');
  await settled(page, hits.total);
  const passages = await page
    .locator('#results > li:not([hidden]) .statement-item__match:not([hidden])')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  expect(passages.length).toBeGreaterThan(2);
  const texts = hits.items.flatMap((h) => h.highlights.map((x) => x.text));
  let cut = 0;
  for (const passage of passages) {
    const inner = passage.replace(/^…/, '').replace(/…$/, '');
    const source = texts.find((text) => text.includes(inner));
    expect(source, passage).toBeDefined();
    const at = source!.indexOf(inner);
    const letter = /[\p{L}\p{N}]/u;
    expect(letter.test(source![at - 1] ?? ' ') && letter.test(inner[0]!), passage).toBe(false);
    const after = source![at + inner.length] ?? ' ';
    expect(letter.test(after) && letter.test(inner.at(-1)!), passage).toBe(false);
    if (passage.startsWith('…')) cut++;
  }
  expect(cut).toBeGreaterThan(0);
  await page.close();
});
