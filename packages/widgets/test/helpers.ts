import {
  ACTOR_KINDS,
  type CatalogInput,
  STANCES,
  STATEMENT_KINDS,
} from '@null-and-void/statements/engine';
import { generateCatalog } from '@null-and-void/testing/synthetic-catalog';
import { expect, it } from 'vitest';
import type { NvErrorEvent } from '../src/base/events.js';
import type { NvElement } from '../src/base/nv-element.js';

/** A seeded synthetic catalog of `size` statements in the statements package's vocabulary. */
export function syntheticCatalog(size: number, seed = 1): CatalogInput {
  const vocabulary = { statementKinds: STATEMENT_KINDS, actorKinds: ACTOR_KINDS, stances: STANCES };
  return generateCatalog(vocabulary, size, seed);
}

/** Mounts HTML in a fresh container and returns its first element. */
export function mount<T extends Element>(markup: string): T {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host.firstElementChild as T;
}

/** Waits until the widget has finished loading (ready or failed), then for its render. */
export async function settled(element: NvElement): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await element.updateComplete;
    const status = (element as unknown as { status: string }).status;
    if (status !== 'loading') {
      await element.updateComplete;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${element.localName} did not settle`);
}

/** Mounts a widget and waits until it has settled. */
export async function mountSettled<T extends NvElement>(markup: string): Promise<T> {
  const element = mount<T>(markup);
  await settled(element);
  return element;
}

/** The text a reader sees in the shadow root, whitespace squeezed. */
export const shadowText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Collects the `nv-error` events an element fires. */
export function errorsOf(element: HTMLElement): NvErrorEvent[] {
  const errors: NvErrorEvent[] = [];
  element.addEventListener('nv-error', (event) => errors.push(event as NvErrorEvent));
  return errors;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/**
 * What keeps a reader from seeing `target` inside a widget: hidden, of no size, outside the
 * widget's `box` or the viewport (its first line, once scrolled to), clipped by an ancestor in the
 * shadow root, or covered. Empty when the reader sees it.
 */
export function unseen(widget: Element, target: Element, box: Element): string[] {
  // Scroll the page only: `scrollIntoView` would also scroll a clipping box to the text.
  scrollBy(0, target.getBoundingClientRect().top - innerHeight / 4);
  const problems: string[] = [];
  if (!target.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
    problems.push('hidden');
  }
  const r = target.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) problems.push('of no size');
  if (
    r.top < b.top - 0.5 ||
    r.bottom > b.bottom + 0.5 ||
    r.left < b.left - 0.5 ||
    r.right > b.right + 0.5
  ) {
    problems.push('outside the box');
  }
  const firstLine = Math.min(r.height, 16);
  if (r.top < 0 || r.top + firstLine > innerHeight || r.left < 0 || r.right > innerWidth) {
    problems.push('outside the viewport');
  }
  for (let ancestor = target.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (getComputedStyle(ancestor).display === 'inline') continue;
    if (ancestor.scrollHeight > ancestor.clientHeight + 1) {
      problems.push(`clipped by .${ancestor.className || ancestor.localName}`);
    }
  }
  const hit = widget.shadowRoot?.elementFromPoint(
    r.left + Math.min(r.width / 2, 8),
    r.top + firstLine / 2,
  );
  if (!hit || !(hit === target || target.contains(hit)))
    problems.push(`covered by ${hit?.localName}`);
  return problems;
}

/** The elements in a widget's shadow root whose content is taller than their box (text meant for screen readers only aside). */
export const overflowing = (widget: Element): string[] =>
  [...(widget.shadowRoot?.querySelectorAll(':not(.visually-hidden)') ?? [])]
    .filter((e) => getComputedStyle(e).display !== 'inline' && e.scrollHeight > e.clientHeight + 1)
    .map((e) => `${e.localName}.${e.className}`);

/** Waits for two animation frames: long enough for layout, resize observers and paint. */
export const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Starts collecting the errors nothing caught (thrown from a listener or a render, or a rejected
 * promise nobody handled); the function returned stops and gives their messages.
 */
export function uncaughtErrors(): () => string[] {
  const messages: string[] = [];
  const onError = (event: ErrorEvent) => messages.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    return messages;
  };
}

/** Mounts markup (a page's part) and waits until the widget `tag` inside it has settled. */
export async function settledIn<T extends NvElement>(markup: string, tag: string): Promise<T> {
  const element = mount(markup).querySelector<T>(tag);
  if (!element) throw new Error(`no ${tag} in ${markup}`);
  await settled(element);
  return element;
}

/**
 * The test every widget has of a page that gives its language once, on an ancestor: `page` is
 * markup with one `nv-*` element, without a `lang` of its own, inside a Ukrainian block. The
 * widget writes Ukrainian; `check` reads what it wrote.
 */
export function itTakesTheLanguageOfThePage(
  page: string,
  check: (element: NvElement) => unknown,
): void {
  it('takes the language from the nearest lang in the page', async () => {
    const tag = /<(nv-[a-z-]+)/.exec(page)![1]!;
    const element = await settledIn(page, tag);
    expect(element.language).toBe('uk');
    await check(element);
  });
}
