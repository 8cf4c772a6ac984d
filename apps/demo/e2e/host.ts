/**
 * A news site on another origin: 127.0.0.1 where the site under test is localhost. It serves
 * whatever page a test gives it, so that an embed is tested where an editor pastes it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';

export interface HostSite {
  url: string;
  /** Serves this page from now on. */
  serve(html: string): void;
  /** Opens a bare article with `body` pasted into it; records console errors. */
  open(
    context: BrowserContext,
    body: string,
    lang?: 'en' | 'uk',
  ): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** A bare news article with `body` pasted between two paragraphs, no styles of its own. */
export function articlePage(body: string, lang: 'en' | 'uk' = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title></head><body><h1>Article</h1><p>Before the embed.</p>\n${body}\n<p>After the embed.</p></body></html>`;
}

export async function startHost(): Promise<HostSite> {
  let page = '';
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    serve(html) {
      page = html;
    },
    async open(context, body, lang = 'en') {
      page = articlePage(body, lang);
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(url);
      return { page: tab, errors };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A screenshot of the whole host page. Chromium paints a frame from another origin only within
 * the viewport, so the viewport is made as tall as the page (same width, same layout) instead
 * of using a full-page capture, which would leave the frame's lower part blank.
 */
export async function screenshotHost(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.waitForTimeout(200);
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}
