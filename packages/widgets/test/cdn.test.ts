import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '@null-and-void/statements';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_SITE } from '../src/base/project-site.js';
import { HOST_CSP, launch, open as openTab, hostPage as page } from './browser.js';
import { serve } from './serve.js';

const cdn = join(import.meta.dirname, '../dist/cdn');
// The policy the README gives a host page, as written there.
const CSP = HOST_CSP;
const nato = catalog.get('nato-2022-09-22');

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(join(cdn, 'statement.js')))
    throw new Error('run the build first: dist/cdn is missing');
  site = await serve(
    cdn,
    {
      '/card.html': page(
        `<script type="module" src="/statement.js"></script>
         <nv-statement statement="nato-2022-09-22"><blockquote><p>${nato.summary.en}</p></blockquote></nv-statement>`,
      ),
      '/twice.html': page(
        `<script type="module" src="/statement.js"></script><script type="module" src="/all.js"></script>
         <nv-statement statement="nato-2022-09-22" lang="uk"></nv-statement>`,
        'uk',
      ),
      '/own-catalog.html': page(
        `<script type="module" src="/statement.js"></script>
         <nv-statement statement="nato-2022-09-22" src="/not-a-catalog.json"><blockquote>Fallback kept</blockquote></nv-statement>`,
      ),
      '/not-a-catalog.json': JSON.stringify({ statements: 'none' }),
      '/missing.html': page(
        `<script type="module" src="/statement.js"></script>
         <nv-statement statement="no-such-statement"><blockquote>Fallback kept</blockquote></nv-statement>`,
      ),
      '/collections.html': page(
        `<script type="module" src="/all.js"></script>
         <nv-statement-list event="annexation-referendums-2022" limit="3"></nv-statement-list>
         <nv-search></nv-search>
         <nv-timeline event="crimea-referendum-2014"></nv-timeline>
         <nv-tally instrument="unga-es-11-4"></nv-tally>`,
      ),
      '/loader.html': page(
        `<script type="module" src="/loader.js"></script>
         <nv-quote statement="nato-2022-09-22"></nv-quote>`,
      ),
      '/identical.html': page(
        `<script type="module" src="/statement.js"></script>
         <nv-statement statement="nato-2022-09-22"></nv-statement>
         <nv-statement statement="nato-2022-09-22"></nv-statement>
         <nv-statement statement="nato-2022-09-22"></nv-statement>
         <nv-statement statement="nato-2022-09-22" lang="uk"></nv-statement>`,
      ),
    },
    { 'content-security-policy': CSP },
  );
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

/** Opens a page of `site`, counting its requests afresh. */
function open(path: string) {
  site.requests.length = 0;
  return openTab(browser, `${site.url}${path}`);
}

describe('CDN bundles under a strict CSP with Trusted Types', () => {
  it('a card renders from one script tag, fetching one statement, not the corpus', async () => {
    const { tab, problems } = await open('/card.html');
    const title = tab.locator('nv-statement [part="title"]');
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toContain(nato.title.en);
    expect(problems).toEqual([]);
    expect(site.requests).toContain('/data/cards/en/nato-2022-09-22.json');
    expect(site.requests.filter((r) => r.startsWith('/data/'))).toHaveLength(1);
    // One file of code and the English strings: the card bundle imports no chunks.
    expect(site.requests.filter((r) => r.endsWith('.js')).sort()).toEqual([
      expect.stringMatching(/^\/en-\w+\.js$/),
      '/statement.js',
    ]);
    expect(site.requests).not.toContain('/data/catalog.json');
    expect(site.requests.some((r) => r.includes('engine'))).toBe(false);
    await tab.close();
  });

  it('two bundles defining the same tag on one page are harmless', async () => {
    const { tab, problems } = await open('/twice.html');
    const title = tab.locator('nv-statement [part="title"]');
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toContain(nato.title.uk);
    expect(problems.filter((p) => !p.startsWith('warning'))).toEqual([]);
    await tab.close();
  });

  /**
   * Opens a page of `site` whose card cannot show itself, and waits until its alert says `words`;
   * nothing on the way was uncaught or broke the policy.
   */
  async function alerted(path: string, words: string): Promise<Page> {
    const { tab, problems } = await open(path);
    await expect
      .poll(() => tab.locator('nv-statement [role="alert"]').textContent(), { timeout: 10_000 })
      .toContain(words);
    expect(problems.filter((p) => p.startsWith('uncaught') || p.includes('CSP'))).toEqual([]);
    return tab;
  }

  it('an unknown id keeps the fallback and shows a message', async () => {
    const tab = await alerted('/missing.html', 'could not be found');
    expect(await tab.locator('nv-statement blockquote').isVisible()).toBe(true);
    await tab.close();
  });

  it('a card with a catalog of its own reports invalid data, whichever bundle threw it', async () => {
    // The card bundle has its own WidgetError class; the module that checks `src` uses the other bundles'.
    const tab = await alerted('/own-catalog.html', 'The data for this widget is not valid.');
    expect(site.requests).toContain('/not-a-catalog.json');
    await tab.close();
  });

  it('the list, search, timeline and tally work under the same policy', async () => {
    const { tab, problems } = await open('/collections.html');
    await expect
      .poll(() => tab.locator('nv-statement-list li').count(), { timeout: 20_000 })
      .toBe(3);
    await expect
      .poll(
        () =>
          tab
            .locator('nv-tally')
            .textContent()
            .then(() => tab.locator('nv-tally').evaluate((el) => el.shadowRoot?.textContent ?? '')),
        { timeout: 20_000 },
      )
      .toContain('143');
    await tab.locator('nv-search input').fill('Kherson');
    await expect
      .poll(() => tab.locator('nv-search mark').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await tab.locator('nv-timeline a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(site.requests).toContain('/data/catalog.json');
    expect(site.requests).toContain('/data/instruments/unga-es-11-4.json');
    await tab.close();
  });

  it('identical cards on a page share one request for their data', async () => {
    const { tab, problems } = await open('/identical.html');
    const titles = tab.locator('nv-statement [part="title"]');
    await expect.poll(() => titles.count(), { timeout: 10_000 }).toBe(4);
    expect(await titles.allTextContents()).toEqual([
      nato.title.en,
      nato.title.en,
      nato.title.en,
      nato.title.uk,
    ]);
    expect(site.requests.filter((r) => r.startsWith('/data/')).sort()).toEqual([
      '/data/cards/en/nato-2022-09-22.json',
      '/data/cards/uk/nato-2022-09-22.json',
    ]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('the autoloader defines only the tags on the page', async () => {
    const { tab, problems } = await open('/loader.html');
    await expect
      .poll(() => tab.locator('nv-quote [part="text"]').textContent(), { timeout: 10_000 })
      .toContain(nato.quotes[0]!.text);
    expect(problems).toEqual([]);
    expect(await tab.evaluate(() => customElements.get('nv-statement') === undefined)).toBe(true);
    await tab.close();
  });
});

describe('the credit line, from the bundles a site serves at /widgets/', () => {
  let record: Awaited<ReturnType<typeof serve>>;
  const widgets = `<nv-statement id="statement" statement="nato-2022-09-22"></nv-statement>
    <nv-statement id="uncredited" statement="nato-2022-09-22" no-credit></nv-statement>
    <nv-quote id="quote" statement="nato-2022-09-22" quote="1"></nv-quote>
    <nv-statement-list id="list" event="annexation-referendums-2022" issuer-kind="state,media" sort="date" limit="2"></nv-statement-list>
    <nv-search id="search" query="Kherson" region="UA-65" limit="2"></nv-search>
    <nv-timeline id="timeline-event" event="crimea-referendum-2014" limit="1"></nv-timeline>
    <nv-timeline id="timeline-all" from="2024" limit="1"></nv-timeline>
    <nv-tally id="tally-instrument" instrument="unga-es-11-4"></nv-tally>
    <nv-tally id="tally-event" event="annexation-referendums-2022"></nv-tally>`;
  // Each element's own bundle in English; all.js in Ukrainian: every file that renders a credit.
  const scripts = ['statement', 'quote', 'statement-list', 'search', 'timeline', 'tally']
    .map((name) => `<script type="module" src="/widgets/${name}.js"></script>`)
    .join('');

  beforeAll(async () => {
    record = await serve(
      cdn,
      {
        '/article.html': page(`${scripts}${widgets}`),
        '/uk/article.html': page(
          `<script type="module" src="/widgets/all.js"></script>${widgets}`,
          'uk',
        ),
      },
      { 'content-security-policy': CSP },
      '/widgets/',
    );
  });
  afterAll(() => record?.server.close());

  const expected = (root: string): Record<string, string> => ({
    statement: `${root}statements/nato-2022-09-22/`,
    quote: `${root}statements/nato-2022-09-22/quotes/2/`,
    list: `${root}statements/?event=annexation-referendums-2022&issuerKind=state&issuerKind=media&sort=date`,
    search: `${root}statements/?region=UA-65&q=Kherson`,
    'timeline-event': `${root}events/crimea-referendum-2014/`,
    'timeline-all': root,
    'tally-instrument': `${root}instruments/unga-es-11-4/`,
    'tally-event': `${root}events/annexation-referendums-2022/`,
  });

  for (const [lang, path, credit] of [
    ['en', '/article.html', 'Source: Null & Void'],
    ['uk', '/uk/article.html', 'Джерело: Null & Void'],
  ] as const) {
    it(`links each widget to its record's page on that site, in ${lang}`, async () => {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      tab.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await tab.goto(`${record.url}${path}`);
      const root = `${record.url}/${lang === 'uk' ? 'uk/' : ''}`;
      for (const [id, href] of Object.entries(expected(root))) {
        const link = tab.locator(`#${id} [part="credit-link"]`);
        await expect.poll(() => link.count(), { timeout: 20_000 }).toBe(1);
        expect(await link.getAttribute('href'), id).toBe(href);
        expect(await link.textContent(), id).toBe(credit);
        expect(await link.isVisible(), id).toBe(true);
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toContain('noopener');
      }
      expect(await tab.locator('#uncredited [part="title"]').count()).toBe(1);
      expect(await tab.locator('#uncredited [part="credit"]').count()).toBe(0);
      expect(problems).toEqual([]);
      await tab.close();
    });
  }

  it('links to the project’s site where the bundle is not served from a /widgets/ folder', async () => {
    const { tab } = await open('/card.html');
    const line = tab.locator('nv-statement [part="credit"]');
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBe(1);
    expect((await line.textContent())?.trim()).toBe('Source: Null & Void');
    // A package CDN's copy links to the project's site (docs/decisions/0017).
    expect(await line.locator('a').getAttribute('href')).toBe(
      `${PROJECT_SITE}statements/nato-2022-09-22/`,
    );
    await tab.close();
  });
});

describe('Trusted Types: the policy line a host page needs', () => {
  let allowDuplicates: Awaited<ReturnType<typeof serve>>;
  let onePolicy: Awaited<ReturnType<typeof serve>>;
  const cards = `<nv-statement statement="nato-2022-09-22"><p>Card fallback</p></nv-statement>
    <nv-quote statement="nato-2022-09-22"><p>Quote fallback</p></nv-quote>`;
  const pages = {
    // Each element script carries its own Lit, and each Lit creates the policy "lit-html".
    '/three-scripts.html': page(
      `<script type="module" src="/statement.js"></script><script type="module" src="/quote.js"></script>
       <script type="module" src="/statement-list.js"></script>
       ${cards}<nv-statement-list limit="2"></nv-statement-list>`,
    ),
    '/all.html': page(
      `<script type="module" src="/all.js"></script>${cards}<nv-statement-list limit="2"></nv-statement-list>`,
    ),
    '/loader.html': page(`<script type="module" src="/loader.js"></script>${cards}`),
  };

  beforeAll(async () => {
    allowDuplicates = await serve(cdn, pages, { 'content-security-policy': HOST_CSP });
    onePolicy = await serve(cdn, pages, {
      'content-security-policy': HOST_CSP.replace(" 'allow-duplicates'", ''),
    });
  });
  afterAll(() => {
    allowDuplicates?.server.close();
    onePolicy?.server.close();
  });

  /** The text each widget shows once its script has run, or its fallback if it never did. */
  async function shown(url: string) {
    const { tab, problems } = await openTab(browser, url);
    // Every script the page will run has loaded (the loader's too): what is undefined now stays so.
    await tab.waitForLoadState('networkidle');
    const widgets = tab.locator('nv-statement, nv-quote, nv-statement-list');
    await expect
      .poll(
        () =>
          widgets.evaluateAll((all) =>
            all.every(
              (w) => !customElements.get(w.localName) || w.shadowRoot?.querySelector('.frame'),
            ),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    const texts = await widgets.evaluateAll((all) =>
      all.map((w) =>
        customElements.get(w.localName)
          ? (w.shadowRoot?.querySelector('[part="title"], [part="text"]')?.textContent ?? '')
          : `fallback: ${w.textContent?.trim()}`,
      ),
    );
    await tab.close();
    return { texts, problems };
  }

  const defined = [nato.title.en, nato.quotes[0]!.text, expect.any(String)];

  it("with 'allow-duplicates', three element scripts on one page all work", async () => {
    const { texts, problems } = await shown(`${allowDuplicates.url}/three-scripts.html`);
    expect(texts).toEqual(defined);
    expect(problems).toEqual([]);
  });

  for (const path of ['/all.html', '/loader.html']) {
    it(`without it, one script that defines them all works (${path.slice(1, -5)}.js)`, async () => {
      const { texts, problems } = await shown(`${onePolicy.url}${path}`);
      expect(texts).toEqual(path === '/all.html' ? defined : defined.slice(0, 2));
      expect(problems).toEqual([]);
    });
  }

  it('without it, a second element script is refused its policy: its widgets keep their fallback', async () => {
    const { texts, problems } = await shown(`${onePolicy.url}/three-scripts.html`);
    expect(texts.filter((t) => t.startsWith('fallback: '))).not.toEqual([]);
    expect(problems.some((p) => p.includes('CSP violation: trusted-types'))).toBe(true);
  });
});
