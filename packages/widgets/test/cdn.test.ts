import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '@null-and-void/statements';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs } from '../vitest.config.js';
import { serve } from './serve.js';

const cdn = join(import.meta.dirname, '../dist/cdn');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const nato = catalog.get('nato-2022-09-22');

const page = (body: string, lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Host article</title></head>
<body><main><h1>An article</h1><p>Text before.</p>${body}<p>Text after.</p></main></body></html>`;

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
    },
    { 'content-security-policy': CSP },
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(path: string) {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  site.requests.length = 0;
  await tab.goto(`${site.url}${path}`);
  return { tab, problems };
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

  it('an unknown id keeps the fallback and shows a message', async () => {
    const { tab, problems } = await open('/missing.html');
    await expect
      .poll(() => tab.locator('nv-statement [role="alert"]').textContent(), { timeout: 10_000 })
      .toContain('could not be found');
    expect(await tab.locator('nv-statement blockquote').isVisible()).toBe(true);
    expect(problems.filter((p) => p.startsWith('uncaught') || p.includes('CSP'))).toEqual([]);
    await tab.close();
  });

  it('a card with a catalog of its own reports invalid data, whichever bundle threw it', async () => {
    // The card bundle has its own WidgetError class; the module that checks `src` uses the other bundles'.
    const { tab, problems } = await open('/own-catalog.html');
    await expect
      .poll(() => tab.locator('nv-statement [role="alert"]').textContent(), { timeout: 10_000 })
      .toContain('The data for this widget is not valid.');
    expect(site.requests).toContain('/not-a-catalog.json');
    expect(problems.filter((p) => p.startsWith('uncaught') || p.includes('CSP'))).toEqual([]);
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
