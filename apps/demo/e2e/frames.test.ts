import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { url } from './helpers.js';
import { type HostSite, screenshotHost, startHost } from './host.js';

let browser: Browser;
let context: BrowserContext;
let host: HostSite;
beforeAll(async () => {
  mkdirSync('screenshots', { recursive: true });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  host = await startHost();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** What the oEmbed endpoint answers for a page of the site. */
async function oembed(path: string): Promise<{ html: string; title: string }> {
  const response = await fetch(url(`/oembed?${new URLSearchParams({ url: url(path) })}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { html: string; title: string };
}

async function waitForFrame(page: Page, path: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes(path));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`No frame of ${path} on the host page.`);
}

/** How many items the list or search in a frame shows. */
const itemCount = (frame: Frame, tag: string) =>
  frame.evaluate(
    (name) => document.querySelector(name)?.shadowRoot?.querySelectorAll('li').length ?? 0,
    tag,
  );

/**
 * The frame element's height on the host page, and the bottom edge of the widget in the frame's
 * document: its content, measured here rather than taken from the frame page's own script.
 */
async function heights(page: Page, frame: Frame, selector: string) {
  const outer = await page
    .locator(selector)
    .evaluate((iframe) => iframe.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const widget = document.querySelector('#frame > [lang]')!;
    return Math.ceil(widget.getBoundingClientRect().bottom + window.scrollY);
  });
  return { outer, inner };
}

/** Waits until the frame's height has stopped changing; returns it with the content's. */
async function settled(page: Page, frame: Frame, selector: string) {
  let last = await heights(page, frame, selector);
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(100);
    const now = await heights(page, frame, selector);
    const fits = now.outer - now.inner >= 0 && now.outer - now.inner <= 2;
    if (fits && now.outer === last.outer && now.inner === last.inner) return now;
    last = now;
  }
  return last;
}

/** The frame is as tall as its content: nothing cut (outer ≥ inner), no gap beyond 2 px. */
function expectFits({ outer, inner }: { outer: number; inner: number }, label: string) {
  const message = `${label}: frame ${outer} px, content ${inner} px`;
  expect(outer - inner, message).toBeGreaterThanOrEqual(0);
  expect(outer - inner, message).toBeLessThanOrEqual(2);
}

describe('an iframe embed follows its content both ways', () => {
  test('a list shrinks and grows with the host page’s width, between 390 and 1280 px', async () => {
    const { html } = await oembed('/events/annexation-referendums-2022/');
    const { page, errors } = await host.open(context, html);
    const frame = await waitForFrame(page, '/embed/statement-list/');
    await expect.poll(() => itemCount(frame, 'nv-statement-list')).toBeGreaterThan(0);
    const widths = [1280, 390, 1280, 390, 800, 1280, 390];
    const measured: number[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const size = await settled(page, frame, 'iframe[data-nv-embed]');
      expectFits(size, `${width} px`);
      measured.push(size.outer);
    }
    // Narrow, the items wrap onto more lines: the frame grew each time, and shrank back.
    const at = (width: number) => measured.filter((_, i) => widths[i] === width);
    for (const narrow of at(390)) {
      for (const wide of at(1280)) expect(narrow).toBeGreaterThan(wide + 40);
    }
    expect(new Set(at(1280)).size, `heights at 1280 px: ${at(1280)}`).toBe(1);
    expect(new Set(at(390)).size, `heights at 390 px: ${at(390)}`).toBe(1);
    expect(await page.locator('.nv-embed-card').isVisible()).toBe(false);
    await screenshotHost(page, 'screenshots/frame-list-390.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a search shrinks when the reader narrows it to fewer results, and grows again', async () => {
    const { html } = await oembed('/uk/statements/?q=Kherson');
    const { page, errors } = await host.open(context, html);
    await page.setViewportSize({ width: 800, height: 900 });
    const frame = await waitForFrame(page, '/embed/search/');
    await expect.poll(() => itemCount(frame, 'nv-search')).toBeGreaterThanOrEqual(10);
    const many = await settled(page, frame, 'iframe[data-nv-embed]');
    expectFits(many, '“Kherson”');
    await frame.locator('input[type="search"]').fill('Amnesty');
    await expect.poll(() => itemCount(frame, 'nv-search')).toBe(2);
    const few = await settled(page, frame, 'iframe[data-nv-embed]');
    expectFits(few, '“Amnesty”');
    expect(few.outer).toBeLessThan(many.outer - 200);
    await frame.locator('input[type="search"]').fill('Kherson');
    await expect.poll(() => itemCount(frame, 'nv-search')).toBeGreaterThanOrEqual(10);
    const again = await settled(page, frame, 'iframe[data-nv-embed]');
    expectFits(again, '“Kherson” again');
    expect(again.outer).toBe(many.outer);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * A frame embedded as WordPress embeds a discovered provider's: sandboxed to scripts only (so its
 * origin is opaque), `#?secret=…` on its address, and the host's listener as in WordPress's
 * wp-embed.js, which sets the frame's `height` from `{ message: 'height', value, secret }` (here
 * without WordPress's 200–1000 px clamp, so that the height can be compared with the content's).
 */
function wordpressPost(src: string, title: string): string {
  return `<style>iframe { max-width: 100%; }</style>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${src}#?secret=abc123" data-secret="abc123" width="600" height="338" title="${title}" frameborder="0"></iframe>
<script>
window.wpMessages = [];
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.secret !== 'abc123') return;
  var frame = document.querySelector('iframe[data-secret="abc123"]');
  if (event.source !== frame.contentWindow) return;
  window.wpMessages.push(data);
  if (data.message === 'height') frame.height = parseInt(data.value, 10);
});
</script>`;
}

type WordPressMessage = { message: string; value: unknown; secret: string };
const wpMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { wpMessages: WordPressMessage[] }).wpMessages);

test('a frame sandboxed the WordPress way shows its widget and asks for its height, links and “ready”', async () => {
  const { html, title } = await oembed('/statements/nato-2022-09-22/');
  const src = /<iframe src="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
  const { page, errors } = await host.open(context, wordpressPost(src, title));
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await waitForFrame(page, '/embed/statement/');
  const selector = 'iframe.wp-embedded-content';
  // The widget loads in the opaque-origin frame (its scripts and data are served with CORS).
  const heading = page.frameLocator(selector).getByText(title, { exact: true });
  await heading.waitFor();
  const wide = await settled(page, frame, selector);
  expectFits(wide, 'WordPress, 1280 px');
  expect(wide.outer).not.toBe(338);
  const frameBox = (await page.locator(selector).boundingBox())!;
  const headingBox = (await heading.boundingBox())!;
  expect(headingBox.height).toBeGreaterThan(10);
  expect(headingBox.y).toBeGreaterThanOrEqual(frameBox.y);
  expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
  expect(await page.locator(selector).getAttribute('height')).toBe(String(wide.outer));

  // Narrower, the text wraps and the frame grows; wider again, it shrinks back.
  await page.setViewportSize({ width: 390, height: 900 });
  const narrow = await settled(page, frame, selector);
  expectFits(narrow, 'WordPress, 390 px');
  expect(narrow.outer).toBeGreaterThan(wide.outer + 40);
  await screenshotHost(page, 'screenshots/frame-wordpress-390.png');
  await page.setViewportSize({ width: 1280, height: 900 });
  expectFits(await settled(page, frame, selector), 'WordPress, 1280 px again');
  expect((await settled(page, frame, selector)).outer).toBe(wide.outer);

  // WordPress's host script says "ready" when it loads after the frame: the frame answers.
  const heightsBefore = (await wpMessages(page)).filter((m) => m.message === 'height').length;
  await page.evaluate(() =>
    document
      .querySelector<HTMLIFrameElement>('iframe[data-secret="abc123"]')!
      .contentWindow!.postMessage({ message: 'ready', secret: 'abc123' }, '*'),
  );
  await expect
    .poll(async () => (await wpMessages(page)).filter((m) => m.message === 'height').length)
    .toBe(heightsBefore + 1);

  // A link to one of the site's pages: the sandbox keeps it from opening the top page, so the
  // frame asks WordPress to. The widgets' credit is such a link, inside a shadow root; this one
  // is added by the test so that the check does not depend on which links a card has.
  const record = url('/statements/nato-2022-09-22/');
  await frame.evaluate((href) => {
    const holder = document.createElement('div');
    // Built node by node: the frame page requires Trusted Types, so no markup from a string.
    const link = document.createElement('a');
    link.id = 'record';
    link.href = href;
    link.textContent = 'Record';
    holder.attachShadow({ mode: 'open' }).append(link);
    document.querySelector('#frame')!.append(holder);
  }, record);
  await page.frameLocator(selector).locator('#record').click();
  await expect
    .poll(async () => (await wpMessages(page)).filter((m) => m.message === 'link'))
    .toEqual([{ message: 'link', value: record, secret: 'abc123' }]);
  expect(frame.url()).toBe(`${src}#?secret=abc123`);
  expect(errors).toEqual([]);
  await page.close();
});

describe('an embed page whose address names what every object inherits', () => {
  // The list's `filters` (and every other attribute the frame page copies from its address)
  // looked up by its text: a prototype key must be told apart from a filter, not found.
  for (const [widget, query] of [
    ['statement-list', 'filters=toString'],
    ['statement-list', 'filters=constructor&event=__proto__'],
    ['search', 'issuer-kind=hasOwnProperty'],
    ['timeline', 'event=valueOf'],
  ] as const) {
    test(`/embed/${widget}/?${query}: the widget says it is set up wrongly and nothing throws`, async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url(`/embed/${widget}/?${query}`));
      const alert = page.locator(`nv-${widget} [role="alert"]`);
      await expect
        .poll(() => alert.textContent(), { timeout: 15_000 })
        .toMatch(/This widget is set up wrongly\.|This could not be found in the record\./);
      expect(await alert.isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
