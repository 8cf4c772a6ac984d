// Every component rendered by React 19 in Chromium, with the record's own data: what a reader
// sees, that props reach the elements' properties, and that the event props fire.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, query, timeline } from '@null-and-void/statements';
import { CHROMIUM, CHROMIUM_ARGS } from '@null-and-void/testing/chromium';
import type { NvStatement as NvStatementElement, NvStatementList } from '@null-and-void/widgets';
import { build } from 'esbuild';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Received } from './app/app.js';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
let dir: string;
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nv-react-'));
  // Split, as an app's bundler would: the widgets load the record lazily, in chunks of its own.
  await build({
    entryPoints: [fileURLToPath(new URL('./app/app.tsx', import.meta.url))],
    bundle: true,
    splitting: true,
    format: 'esm',
    jsx: 'automatic',
    outdir: dir,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><body><div id="root"></div><script type="module" src="/app.js"></script>',
  );
  server = createServer((request, response) => {
    const path = join(
      dir,
      new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'),
    );
    try {
      const body = readFileSync(path);
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  // Every widget has drawn from the record (or, for the missing id, said so).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main > *')].every((el) =>
      el.shadowRoot?.querySelector('[part~="credit"], [part~="error"], [part~="title"]'),
    ),
  );
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The text a reader sees in a part, after checking it is visible and inside the viewport. */
async function seen(part: Locator): Promise<string> {
  await part.scrollIntoViewIfNeeded();
  expect(await part.isVisible()).toBe(true);
  const box = await part.boundingBox();
  expect(box && box.width > 0 && box.height > 0 && box.x >= 0 && box.x + box.width <= 1000).toBe(
    true,
  );
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what a reader sees.
  return (await part.innerText()).trim();
}

const received = () => page.evaluate(() => window.received) as Promise<Received[]>;
const nato = catalog.get('nato-2022-09-22');
const es114 = catalog.instrument('unga-es-11-4');

describe('@null-and-void/react in a React 19 app', () => {
  it('NvStatement shows the statement’s title; variant and noCredit reach the element', async () => {
    const card = page.locator('#statement');
    expect(await seen(card.locator('[part~="title"]'))).toBe(nato.title.en);
    expect(
      await card.evaluate((el) => {
        const statement = el as NvStatementElement;
        return [statement.localName, statement.variant, statement.noCredit];
      }),
    ).toEqual(['nv-statement', 'compact', true]);
    expect(await card.locator('[part~="summary"]').count()).toBe(0); // compact: no summary
    expect(await card.locator('[part~="credit"]').count()).toBe(0);
  });

  it('NvQuote shows the quote’s words, in the theme it was given', async () => {
    const quote = page.locator('#quote');
    expect(await seen(quote.locator('[part~="text"]'))).toBe(nato.quotes![0]!.text);
    expect(await quote.evaluate((el) => el.getAttribute('theme'))).toBe('auto'); // reflected
  });

  it('NvStatementList lists the event’s newest statements; a click fires onNvSelect', async () => {
    const newest = query({ event: 'annexation-referendums-2022' }, { sort: '-date', limit: 3 });
    const list = page.locator('#list');
    const titles = list.locator('[part~="item"] [part~="title"]');
    expect(await titles.count()).toBe(3);
    expect(await seen(titles.first())).toBe(newest.items[0]!.title.en);
    expect(await list.evaluate((el) => (el as NvStatementList).limit)).toBe(3);
    await list.locator('[part~="link"]').first().click();
    expect(await received()).toContainEqual({ type: 'nv-select', value: newest.items[0]!.id });
    expect(new URL(page.url()).pathname).toBe('/'); // the handler's preventDefault() kept the page
  });

  it('NvSearch searches its query; typing fires onNvFilterChange with the text', async () => {
    const search = page.locator('#search');
    expect(await search.locator('[part~="input"]').inputValue()).toBe('Kherson');
    const first = search.locator('[part~="item"] [part~="title"]').first();
    expect(await seen(first)).not.toBe('');
    expect(await seen(search.locator('[part~="mark"]').first())).toMatch(/kherson/i);
    await search.locator('[part~="input"]').fill('Zaporizhzhia');
    await expect.poll(received, { timeout: 10_000 }).toContainEqual({
      type: 'nv-filter-change',
      value: 'Zaporizhzhia',
    });
  });

  it('NvTimeline shows the event’s entries, oldest first', async () => {
    const [first] = timeline({ event: 'annexation-referendums-2022' });
    if (first?.type !== 'statement') throw new Error('the event’s first entry is not a statement');
    const entries = page.locator('#timeline');
    const year = await seen(entries.locator('[part~="year-label"]').first());
    expect(year.startsWith(first.date.slice(0, 4))).toBe(true);
    const link = entries.locator('[part~="statement"] [part~="link"]').first();
    expect(await seen(link)).toBe(first.statement.title.en);
  });

  it('NvTally shows the record’s figures for ES-11/4, in Ukrainian (lang reached it)', async () => {
    const legend = await seen(page.locator('#tally [part~="legend"]'));
    for (const count of [es114.votes!.yes, es114.votes!.no, es114.votes!.abstain]) {
      expect(legend).toContain(String(count));
    }
    expect(legend).toContain('За');
  });

  it('NvVoteMap draws the vote, captioned with its symbol', async () => {
    expect(await seen(page.locator('#map [part~="caption"]'))).toContain(es114.symbol!);
    expect(await page.locator('#map [part~="world"]').isVisible()).toBe(true);
  });

  it('onNvError fires with the code for an id the record does not have', async () => {
    expect(await received()).toContainEqual({ type: 'nv-error', value: 'unknown-id' });
    expect(await seen(page.locator('#missing [part~="error"]'))).toMatch(/could not be found/);
  });
});
