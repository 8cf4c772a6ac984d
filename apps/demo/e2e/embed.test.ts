import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { siteOrigin, url, visit } from './helpers.js';

/** A news site on another origin: it serves whatever page a test gives it. */
let hostPage = '';
let host: Server;
let hostUrl: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin });
  host = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
});

/** Clicks a copy button in the builder and returns what landed on the clipboard. */
async function copy(page: Page, id: string): Promise<string> {
  await page.click(`button[data-copy="${id}"]`);
  await page.waitForFunction(
    (target) =>
      document.querySelector(`[data-status-for="${target}"]`)?.textContent ===
      'Copied to the clipboard',
    id,
  );
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openHost(body: string): Promise<{ page: Page; errors: string[] }> {
  hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title></head><body><h1>Article</h1>${body}<p>After the embed.</p></body></html>`;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostUrl);
  return { page, errors };
}

test('a script snippet copied from the builder renders the widget on another site', async () => {
  const { page: builder, errors: builderErrors } = await visit(
    context,
    '/embed-builder/?widget=statement&statement=nato-2022-09-22',
  );
  const snippet = await copy(builder, 'snippet-script');
  expect(snippet).toContain(
    `<script type="module" src="${url('/widgets/statement.js')}" integrity="sha384-`,
  );
  expect(snippet).toContain('<nv-statement statement="nato-2022-09-22" lang="en">');
  expect(builderErrors).toEqual([]);
  await builder.close();

  const { page, errors } = await openHost(snippet);
  await page.waitForFunction(() =>
    document
      .querySelector('nv-statement')
      ?.shadowRoot?.textContent?.includes('NATO Allies condemn'),
  );
  expect(
    await page
      .locator('nv-statement')
      .evaluate((el) => el.shadowRoot?.querySelector('a[href^="https://"]') !== null),
  ).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('an iframe snippet resizes to its content, and only its own frame can resize it', async () => {
  const { page: builder } = await visit(
    context,
    '/embed-builder/?widget=quote&statement=nato-2022-09-22&quote=1',
  );
  const snippet = await copy(builder, 'snippet-iframe');
  await builder.close();
  expect(snippet).toMatch(
    /<iframe src="[^"]+\/embed\/quote\/\?statement=nato-2022-09-22&amp;quote=1&amp;id=nv-[a-z0-9]+"/,
  );
  expect(snippet).toContain(`<script src="${url('/embed.js')}" async></script>`);

  // A rogue frame on the host page tries to resize the embed with the embed's own id.
  const id = /id=(nv-[a-z0-9]+)/.exec(snippet)![1];
  const rogue = `<iframe id="rogue" srcdoc="<script>setInterval(() => parent.postMessage({ type: 'nv:resize', id: '${id}', height: 7 }, '*'), 50)</script>"></iframe>`;
  const { page, errors } = await openHost(snippet + rogue);
  const frame = page.locator('iframe[data-nv-embed]');
  await page.waitForFunction(
    () => document.querySelector<HTMLIFrameElement>('iframe[data-nv-embed]')?.style.height !== '',
  );
  const embedFrame = page.frames().find((f) => f.url().includes('/embed/quote/'))!;
  await embedFrame.waitForFunction(() =>
    document.querySelector('nv-quote')?.shadowRoot?.textContent?.includes('We condemn'),
  );
  // The frame takes the height of its content, whatever the snippet's starting height was.
  await page.waitForFunction(async () => {
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-nv-embed]')!;
    return iframe.style.height !== '' && iframe.style.height !== '260px';
  });
  const contentHeight = await embedFrame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  await page.waitForTimeout(300);
  const height = await frame.evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(height - contentHeight)).toBeLessThanOrEqual(1);
  expect(height).toBeGreaterThan(7);
  // A message from the host page itself is ignored too.
  await page.evaluate(
    (frameId) => window.postMessage({ type: 'nv:resize', id: frameId, height: 9 }, '*'),
    id,
  );
  await page.waitForTimeout(200);
  expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
  expect(errors).toEqual([]);
  await page.close();
});

test('the builder previews the widget live and its snippet matches the statement page’s', async () => {
  const { page, errors } = await visit(
    context,
    '/embed-builder/?widget=statement&statement=nato-2022-09-22',
  );
  await page.waitForFunction(() =>
    document
      .querySelector('#preview nv-statement')
      ?.shadowRoot?.textContent?.includes('NATO Allies'),
  );
  const builderSnippet = await page.locator('#snippet-script').textContent();
  const { page: statement } = await visit(context, '/statements/nato-2022-09-22/');
  expect(await statement.locator('#embed-script').textContent()).toBe(builderSnippet);
  // Changing an option rewrites the snippet and the URL.
  await page.selectOption('#variant', 'compact');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-script')?.textContent?.includes('variant="compact"'),
  );
  expect(page.url()).toContain('variant=compact');
  await page.selectOption('#lang', 'uk');
  expect(await page.locator('#snippet-iframe').textContent()).toContain('/uk/embed/statement/?');
  expect(errors).toEqual([]);
  await page.close();
  await statement.close();
});

test('the statement page’s copy buttons confirm the copy', async () => {
  const { page } = await visit(context, '/uk/statements/nato-2022-09-22/');
  await page.click('button[data-copy="cite-plain"]');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-status-for="cite-plain"]')?.textContent ===
      'Скопійовано в буфер обміну',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.locator('#cite-plain').textContent(),
  );
  await page.close();
});
