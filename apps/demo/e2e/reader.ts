/**
 * What a reader sees: whether a text is on screen, inside shadow roots too, and not hidden by
 * `visibility`, zero opacity, or an ancestor that clips it (overflow) or is too small to show it.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Sighting {
  text: string;
  /** Found in the document or one of its open shadow roots. */
  found: boolean;
  /** Every line box of the text lies inside the viewport after scrolling to it. */
  inViewport: boolean;
  /** An ancestor (crossing shadow roots) with overflow other than `visible` cuts it. */
  clippedBy?: string;
  /** `visibility: hidden`, `display: none` or zero opacity somewhere above it. */
  hiddenBy?: string;
}

/**
 * Looks for each text under the first element matching `within` (in light and shadow DOM),
 * scrolls it into view, and reports what a reader would see of it.
 */
export function readerSees(
  target: Page | Frame,
  within: string,
  texts: readonly string[],
): Promise<Sighting[]> {
  return target.evaluate(
    ([selector, needles]) => {
      const root = document.querySelector(selector);
      const textNodes = (start: Node): Text[] => {
        const out: Text[] = [];
        const walk = (node: Node) => {
          if (node.nodeType === Node.TEXT_NODE) out.push(node as Text);
          if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
          for (const child of node.childNodes) walk(child);
        };
        walk(start);
        return out;
      };
      const parentOf = (node: Node): Element | null => {
        if (node.parentElement) return node.parentElement;
        const rootNode = node.getRootNode();
        return rootNode instanceof ShadowRoot ? rootNode.host : null;
      };
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
      return needles.map((text) => {
        const sighting: {
          text: string;
          found: boolean;
          inViewport: boolean;
          clippedBy?: string;
          hiddenBy?: string;
        } = { text, found: false, inViewport: false };
        if (!root) return sighting;
        // Prefer a text node shown in the widget (shadow DOM) over the light-DOM fallback.
        const candidates = textNodes(root).filter((node) => node.data.includes(text));
        const node = candidates.find((n) => n.getRootNode() instanceof ShadowRoot) ?? candidates[0];
        if (!node) return sighting;
        sighting.found = true;
        const start = node.data.indexOf(text);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + text.length);
        // Scroll the page only: scrollIntoView would also scroll a clipping box to the text.
        // Instantly: the site scrolls smoothly, and the text is measured right after.
        const first = range.getBoundingClientRect();
        window.scrollBy({
          top: first.top - Math.max(0, (innerHeight - first.height) / 2),
          behavior: 'instant',
        });
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        sighting.inViewport =
          rects.length > 0 &&
          rects.every(
            (r) =>
              r.height > 0 &&
              r.top >= -1 &&
              r.left >= -1 &&
              r.bottom <= innerHeight + 1 &&
              r.right <= innerWidth + 1,
          );
        for (let el = parentOf(node); el; el = parentOf(el)) {
          const style = getComputedStyle(el);
          if (style.visibility !== 'visible' || style.display === 'none' || style.opacity === '0') {
            sighting.hiddenBy ??= describe(el);
          }
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            const box = el.getBoundingClientRect();
            const cut = rects.some(
              (r) =>
                r.top < box.top - 1 ||
                r.bottom > box.bottom + 1 ||
                r.left < box.left - 1 ||
                r.right > box.right + 1,
            );
            if (cut) sighting.clippedBy ??= describe(el);
          }
        }
        return sighting;
      });
    },
    [within, texts] as const,
  );
}

/** The text's sightings that a reader could not read, for a readable assertion message. */
export function unseen(sightings: readonly Sighting[]): Sighting[] {
  return sightings.filter((s) => !s.found || !s.inViewport || s.clippedBy || s.hiddenBy);
}

/**
 * The reader sees the card: waits until `nv-statement` shows `title` in its shadow root, then
 * checks that the title is on screen, in the viewport, not clipped and not hidden.
 */
export async function expectReaderSeesCard(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (text) => document.querySelector('nv-statement')?.shadowRoot?.textContent?.includes(text),
    title,
    { timeout: 20_000 },
  );
  const [seen] = await readerSees(page, 'nv-statement', [title]);
  expectSeen(seen);
}

/** A sighting a reader can read: found, in the viewport, not clipped, not hidden. */
export function expectSeen(sighting: Sighting | undefined, what?: string): void {
  expect(sighting, what).toMatchObject({ found: true, inViewport: true });
  expect(sighting!.clippedBy, what).toBeUndefined();
  expect(sighting!.hiddenBy, what).toBeUndefined();
}
