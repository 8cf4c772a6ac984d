import type { Browser } from 'playwright-core';
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

test('a reader goes from the home page to a statement, its issuer, its vote and its region', async () => {
  const { page, errors } = await visit(browser, '/');
  await page.click('.site-nav >> text=Statements');
  await page.waitForURL(/\/statements\/$/);
  await page.click('#results > li:first-child h3 a');
  await page.waitForURL(/\/statements\/[a-z0-9-]+\/$/);
  const title = await page.locator('h1').textContent();
  expect(await page.title()).toContain(title!.trim());
  await page.click('.byline a');
  await page.waitForURL(/\/actors\/[a-z0-9-]+\/$/);
  expect(
    await page.locator('.statement-list a', { hasText: title!.trim() }).count(),
  ).toBeGreaterThan(0);

  await page.goto(page.url().replace(/\/actors\/.*$/, '/statements/nato-2022-09-22/'));
  await page.click('.statement__aside a[href="/events/annexation-referendums-2022/"]');
  await page.waitForURL(/\/events\/annexation-referendums-2022\/$/);
  await page.click('.facts a[href="/regions/UA-65/"]');
  await page.waitForURL(/\/regions\/UA-65\/$/);
  expect(await page.locator('h1').textContent()).toBe('Kherson region');
  await page.click('a[href="/events/annexation-referendums-2022/"]');
  await page.click('.facts a[href="/instruments/unga-es-11-4/"]');
  await page.waitForURL(/\/instruments\/unga-es-11-4\/$/);
  await page.click('a[href="/countries/ru/"]');
  await page.waitForURL(/\/countries\/ru\/$/);
  expect(await page.locator('.country-votes').textContent()).toContain('Against');
  expect(errors).toEqual([]);
  await page.close();
});

test('previous and next walk the record in date order', async () => {
  const { page } = await visit(browser, '/statements/nato-2022-09-22/');
  const { catalog } = await import('@null-and-void/statements');
  const { previous, next } = catalog.neighbours('nato-2022-09-22');
  await page.click('a[rel="next"]');
  await page.waitForURL(new RegExp(`/statements/${next!.id}/$`));
  await page.click('a[rel="prev"]');
  await page.click('a[rel="prev"]');
  await page.waitForURL(new RegExp(`/statements/${previous!.id}/$`));
  await page.close();
});

test('the language switch opens the same statement in Ukrainian and back', async () => {
  const { page } = await visit(browser, '/statements/nato-2022-09-22/');
  await page.click('.lang-switch');
  await page.waitForURL(/\/uk\/statements\/nato-2022-09-22\/$/);
  expect(await page.getAttribute('html', 'lang')).toBe('uk');
  expect(await page.locator('h1').textContent()).toContain('Союзники по НАТО');
  await page.click('.lang-switch');
  await page.waitForURL(/\/statements\/nato-2022-09-22\/$/);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.close();
});

test('a theme on a statement page opens the filtered list', async () => {
  const { page } = await visit(browser, '/statements/nato-2022-09-22/');
  await page.click('.tags a[href="/statements/?theme=nuclear-rhetoric"]');
  await page.waitForURL(/theme=nuclear-rhetoric/);
  await page.waitForFunction(
    () => !/^139/.test(document.querySelector('#results-status')?.textContent ?? ''),
  );
  const { catalog } = await import('@null-and-void/statements');
  expect(await page.locator('#results-status').textContent()).toBe(
    `${catalog.query({ theme: 'nuclear-rhetoric' }).total} statements`,
  );
  await page.close();
});
