/** What a reader of a WordPress post sees of an embedded frame, measured in Chromium. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The first words of a text, enough to recognise it on screen. */
export const firstWords = (text: string, count = 6): string =>
  text.split(/\s+/).slice(0, count).join(' ');

/**
 * Each text is shown inside the frame: visible, inside the frame's box (not cut off by it) and in
 * the viewport once scrolled to.
 */
export async function expectFrameShows(frame: Locator, texts: string[]): Promise<void> {
  // A reader scrolls to the embed first. Chromium pauses the rendering of a cross-origin frame
  // out of view, so until then the frame neither lays out its content nor reports its height.
  await frame.scrollIntoViewIfNeeded();
  for (const text of texts) {
    const target = frame.contentFrame().getByText(text, { exact: false }).first();
    await target.waitFor({ state: 'visible', timeout: 20_000 });
    await target.scrollIntoViewIfNeeded();
    const [box, frameBox, viewport] = await Promise.all([
      target.boundingBox(),
      frame.boundingBox(),
      frame.page().evaluate(() => ({ width: innerWidth, height: innerHeight })),
    ]);
    expect(box, `"${text}" has a box`).not.toBeNull();
    expect(frameBox).not.toBeNull();
    const where = `"${text}" at ${JSON.stringify(box)} in the frame at ${JSON.stringify(frameBox)}`;
    expect(box!.height, where).toBeGreaterThan(0);
    expect(box!.y, `${where}: cut off above`).toBeGreaterThanOrEqual(frameBox!.y - 1);
    expect(box!.y + box!.height, `${where}: cut off below`).toBeLessThanOrEqual(
      frameBox!.y + frameBox!.height + 1,
    );
    expect(box!.y, `${where}: above the viewport`).toBeGreaterThanOrEqual(-1);
    expect(box!.y + box!.height, `${where}: below the viewport`).toBeLessThanOrEqual(
      viewport.height + 1,
    );
  }
}

/** The frame's height on the host page and the height of the frame page's content. */
export async function frameHeights(frame: Locator): Promise<{ frame: number; content: number }> {
  const outer = await frame.evaluate((element) => element.getBoundingClientRect().height);
  const content = await frame
    .contentFrame()
    .locator('#frame')
    .evaluate((main) => main.getBoundingClientRect().height);
  return { frame: outer, content };
}

/** The frame has taken its content's height (within 2 px), whatever height it was given at first. */
export async function expectFrameFitsContent(
  frame: Locator,
): Promise<{ frame: number; content: number }> {
  await expect
    .poll(
      async () => {
        const heights = await frameHeights(frame);
        return Math.abs(heights.frame - heights.content);
      },
      { timeout: 20_000, interval: 250 },
    )
    .toBeLessThanOrEqual(2);
  // Nothing of the content is scrolled out of the frame's top either.
  expect(
    await frame
      .contentFrame()
      .locator('html')
      .evaluate(() => window.scrollY),
  ).toBe(0);
  return frameHeights(frame);
}

/**
 * A screenshot of the whole post as a reader sees it. The viewport is made as tall as the page
 * (a full-page capture draws cross-origin frames out of place), then the frames settle again.
 */
export async function screenshotPage(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}

/**
 * PHP's messages as PHP prints them into a page when display_errors is on, and WordPress's page
 * for a fatal error when it is off.
 */
export function phpMessages(html: string): string[] {
  const printed = /<b>(?:Warning|Notice|Deprecated|Fatal error|Parse error)<\/b>:[^\n]*/g;
  const critical = /There has been a critical error on this website/g;
  return [...html.matchAll(printed), ...html.matchAll(critical)].map((m) => m[0]);
}

/** Opens a post as a reader, waits until the frames' requests are done, and gives the page's HTML as served. */
export async function openPost(page: Page, url: string): Promise<string> {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  return response!.text();
}
