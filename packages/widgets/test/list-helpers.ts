import { vi } from 'vitest';
import type { NvSelectEvent } from '../src/base/events.js';

/** The shadow root's element matching a selector; fails the test if there is none. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName} shows no ${selector}`);
  return found;
}

/** The text of an element, whitespace squeezed. */
export const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The items of a list or search, as rendered. */
export const items = (element: Element): HTMLLIElement[] => [
  ...(element.shadowRoot?.querySelectorAll<HTMLLIElement>('.items > li') ?? []),
];

/** The titles of the items, as a reader sees them. */
export const titles = (element: Element): string[] =>
  items(element).map((li) => text(li.querySelector('.title')));

/** What the polite live region says. */
export const status = (element: Element): string => text(part(element, '[role="status"]'));

/**
 * Records the statements a reader chooses in a widget (`nv-select`), and cancels each choice, as a
 * page that shows the statement itself would: the link stays closed and the test page stays.
 */
export function choices(element: Element): string[] {
  const chosen: string[] = [];
  element.addEventListener('nv-select', (event) => {
    chosen.push((event as NvSelectEvent).statementId);
    event.preventDefault();
  });
  return chosen;
}

/** The element focused inside a widget's shadow root. */
export const focused = (element: Element): Element | null =>
  element.shadowRoot?.activeElement ?? null;

/**
 * Serves one URL from `fetch` for the test, as a server would: a status and a body. Other URLs
 * go to the network as usual.
 */
export function serve(url: string, status: number, body: string): void {
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const asked = input instanceof Request ? input.url : String(input);
    if (asked === new URL(url, document.baseURI).href) {
      return Promise.resolve(
        new Response(body, { status, headers: { 'content-type': 'application/json' } }),
      );
    }
    return real(input, init);
  });
}

/**
 * Serves one URL from `fetch` only once the returned function is called (never, if it is not):
 * a slow or silent server. Other URLs go to the network as usual.
 */
export function serveLater(url: string, body: string): () => void {
  let release = () => {};
  const answer = new Promise<void>((resolve) => {
    release = resolve;
  });
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const asked = input instanceof Request ? input.url : String(input);
    if (asked !== new URL(url, document.baseURI).href) return real(input, init);
    return answer.then(
      () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  });
  return release;
}

let served = 0;
/** A URL no other test has used: the widgets cache user catalogs per URL. */
export const uniqueUrl = (name: string): string => `/__fixtures__/${++served}-${name}.json`;
