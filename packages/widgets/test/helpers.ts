import type { NvErrorEvent } from '../src/base/events.js';
import type { NvElement } from '../src/base/nv-element.js';

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
