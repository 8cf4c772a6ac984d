/**
 * `vote-map.js` from the CDN build on a host page under the README's policy (`default-src 'self'`
 * with Trusted Types): what a reader sees and can do, what it fetches (the geometry only where a
 * map is), and what is left when the geometry cannot be had.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CSP, hostPage, launch, open, recorded, settledAll } from './browser.js';
import { serve } from './serve.js';

const cdn = join(import.meta.dirname, '../dist/cdn');
const FALLBACK = '<p id="fallback">In favour (143): Afghanistan, Albania, …</p>';

/**
 * A host page that loads one bundle of `/widgets/` (`script`, without `.js`) and holds `before`
 * and a map with these attributes around the fallback.
 */
const mapPage = (
  script: string,
  attributes: string,
  options: { lang?: string; before?: string } = {},
) =>
  hostPage(
    `<script type="module" src="/widgets/${script}.js"></script>${options.before ?? ''}
     <nv-vote-map ${attributes}>${FALLBACK}</nv-vote-map>`,
    options.lang,
  );

const PAGES: Record<string, string> = {
  '/map.html': mapPage('vote-map', 'instrument="unga-es-11-4"'),
  '/uk/map.html': mapPage('vote-map', 'instrument="unga-es-11-4" theme="dark"', { lang: 'uk' }),
  '/all-card.html': mapPage('all', 'instrument="unga-es-11-4"', {
    before: '<nv-statement statement="nato-2022-09-22"></nv-statement>',
  }),
  '/loader.html': mapPage('loader', 'instrument="unsc-draft-2022-09-30"'),
  '/bad-src.html': mapPage('vote-map', 'instrument="unga-es-11-4" src="/missing.json"'),
};

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let broken: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(join(cdn, 'vote-map.js'))) throw new Error('run the build first');
  site = await serve(cdn, PAGES, { 'content-security-policy': HOST_CSP }, '/widgets/');
  // The same bundles with a geometry file that is not a map.
  broken = await serve(
    cdn,
    { ...PAGES, '/widgets/data/world-110m.json': '{"shapes": "none"}' },
    { 'content-security-policy': HOST_CSP },
    '/widgets/',
  );
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  broken?.server.close();
});

/** Opens a page, waits for its widgets, and checks that nothing broke the policy. */
async function visit(url: string, width = 1280): Promise<Page> {
  const { tab, problems } = await open(browser, url, { width, height: 900 });
  await settledAll(tab);
  const { violations, pwned } = await recorded(tab);
  expect([...violations, ...pwned, ...problems]).toEqual([]);
  return tab;
}

const text = (tab: Page, selector: string) =>
  tab.locator(selector).evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('vote-map.js under the README’s policy', () => {
  it('draws the map and the legend, and a tapped state gives its vote and its statements', async () => {
    site.requests.length = 0;
    const tab = await visit(`${site.url}/map.html`, 390);
    const legend = tab.locator('nv-vote-map [part="legend"]');
    expect(await legend.isVisible()).toBe(true);
    expect(await text(tab, 'nv-vote-map [part="legend"]')).toBe(
      '143 In favour 5 Against 35 Abstained 10 Did not vote Not a UN member',
    );
    const world = await tab.locator('nv-vote-map [part="world"]').boundingBox();
    expect(world!.width).toBeGreaterThan(300);
    expect(world!.height).toBeGreaterThan(140);
    await tab.locator('nv-vote-map path[data-state="BR"]').click();
    expect(await text(tab, 'nv-vote-map [part="detail"]')).toBe(
      'Brazil — In favour Statements from this state in the record',
    );
    const link = tab.locator('nv-vote-map [part="detail"] a');
    expect(await link.getAttribute('href')).toBe(`${site.url}/statements/?country=BR`);
    expect(await link.isVisible()).toBe(true);
    const credit = tab.locator('nv-vote-map [part="credit-link"]');
    expect(await credit.getAttribute('href')).toBe(`${site.url}/instruments/unga-es-11-4/map/`);
    expect(site.requests).toContain('/widgets/data/world-110m.json');
    expect(site.requests).toContain('/widgets/data/instruments/unga-es-11-4.json');
    expect(site.requests).not.toContain('/widgets/data/catalog.json');
    await tab.close();
  });

  it('speaks Ukrainian in the dark theme, with the link to the Ukrainian page', async () => {
    const tab = await visit(`${site.url}/uk/map.html`);
    expect(await text(tab, 'nv-vote-map [part="legend"]')).toBe(
      '143 За 5 Проти 35 Утрималися 10 Не голосували Не член ООН',
    );
    await tab.locator('nv-vote-map path[data-state="IN"]').click();
    expect(await text(tab, 'nv-vote-map [part="detail"]')).toBe(
      'Індія — Утрималися Заяви цієї держави в записі',
    );
    expect(await tab.locator('nv-vote-map [part="detail"] a').getAttribute('href')).toBe(
      `${site.url}/uk/statements/?country=IN`,
    );
    await tab.close();
  });

  it('all.js leaves the map out: a page without a map fetches no geometry', async () => {
    site.requests.length = 0;
    const { tab } = await open(browser, `${site.url}/all-card.html`);
    await tab.locator('nv-statement [part="title"]').waitFor();
    expect(await tab.evaluate(() => customElements.get('nv-vote-map'))).toBeUndefined();
    expect(await tab.locator('#fallback').isVisible()).toBe(true);
    expect(site.requests.filter((r) => r.includes('world'))).toEqual([]);
    await tab.close();
  });

  it('loader.js loads the map where one is on the page', async () => {
    const tab = await visit(`${site.url}/loader.html`);
    const groups = await tab.locator('nv-vote-map .group').allTextContents();
    expect(groups.map((g) => g.replace(/\s+/g, ' ').trim())).toContain('Against · 1 Russia');
    await tab.close();
  });
});

describe('vote-map.js when it cannot show the map', () => {
  it('a src that is not there: says so, fires load-failed, keeps the fallback', async () => {
    const { tab } = await open(browser, `${site.url}/bad-src.html`);
    const errors = tab.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('nv-error', (e) =>
            resolve((e as Event & { code: string }).code),
          ),
        ),
    );
    await settledAll(tab);
    expect(await errors).toBe('load-failed');
    expect(await text(tab, 'nv-vote-map [part="error"]')).toBe(
      'The statements could not be loaded.',
    );
    expect(await tab.locator('#fallback').isVisible()).toBe(true);
    await tab.close();
  });

  it('geometry that is not a map: invalid-data, the fallback kept', async () => {
    const { tab } = await open(browser, `${broken.url}/map.html`);
    await settledAll(tab);
    expect(await text(tab, 'nv-vote-map [part="error"]')).toBe(
      'The data for this widget is not valid.',
    );
    expect(await tab.locator('#fallback').isVisible()).toBe(true);
    expect(await tab.locator('nv-vote-map [part="world"]').count()).toBe(0);
    await tab.close();
  });
});
