import { expect, it } from 'vitest';
import type { NvElement } from '../src/base/nv-element.js';
import type { NvErrorCode } from '../src/data/widget-error.js';
import { errorsOf, mount, settled } from './helpers.js';
import { serve, text, uniqueUrl } from './list-helpers.js';

/** What a widget tells the reader for each code, as the tests expect to read it. */
const SAID: Record<'en' | 'uk', Record<NvErrorCode, string>> = {
  en: {
    'unknown-id': 'This could not be found in the record.',
    'invalid-attribute': 'This widget is set up wrongly.',
    'load-failed': 'The statements could not be loaded.',
    'invalid-data': 'The data for this widget is not valid.',
  },
  uk: {
    'unknown-id': 'Цього не знайдено в реєстрі.',
    'invalid-attribute': 'Віджет налаштовано неправильно.',
    'load-failed': 'Не вдалося завантажити заяви.',
    'invalid-data': 'Дані для цього віджета недійсні.',
  },
};

/** One way to set a widget up wrongly, and what it must say. */
export interface ErrorCase {
  /** What is wrong, as the test's name says it. */
  what: string;
  /** The attributes written on the element. */
  attributes: string;
  /** The code of the one `nv-error` it fires (`invalid-attribute` unless said). */
  code?: NvErrorCode;
  /** What the event's message tells the developer: words it holds, or a pattern it matches. */
  message?: string | RegExp;
  /** A catalog the page serves at a URL of its own, which the element gets as `src`. */
  served?: { status: number; body: string };
}

/** A case of a `src` that the page serves with this status and body. */
export const srcThat = (
  what: string,
  status: number,
  body: string,
  code: NvErrorCode,
): ErrorCase => ({ what: `a src that ${what}`, attributes: '', code, served: { status, body } });

/**
 * One test per case, of what every widget does when it cannot show itself: the element (`open`:
 * its tag and the attributes every case shares), written with the case's attributes around
 * `fallback`, fires one `nv-error` (bubbling, composed) with the case's code, shows the reader
 * what went wrong in an alert in its own language, draws nothing else, and keeps the page's
 * fallback (if any) in view.
 */
export function itSaysWhatIsWrong(
  open: string,
  fallback: string,
  cases: readonly ErrorCase[],
): void {
  const tag = open.split(' ')[0]!;
  for (const { what, attributes, code = 'invalid-attribute', message, served } of cases) {
    const kept = fallback ? ' and keeps the fallback' : '';
    it(`${what}: says so, fires ${code}${kept}`, async () => {
      let src = '';
      if (served) {
        const url = uniqueUrl(tag);
        serve(url, served.status, served.body);
        src = ` src="${url}"`;
      }
      const el = mount<NvElement>(`<${open} ${attributes}${src}>${fallback}</${tag}>`);
      const errors = errorsOf(el);
      await settled(el);
      expect(errors.map((e) => e.code)).toEqual([code]);
      // Heard by the page, from outside the shadow root.
      expect(errors[0]!.bubbles && errors[0]!.composed).toBe(true);
      if (typeof message === 'string') expect(errors[0]!.message).toContain(message);
      else if (message) expect(errors[0]!.message).toMatch(message);
      const alert = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.getAttribute('role')).toBe('alert');
      expect(text(alert)).toBe(SAID[el.language as 'en' | 'uk'][code]);
      expect(alert.checkVisibility()).toBe(true);
      // Nothing of the widget but the alert and the slot that shows the fallback.
      expect([...el.shadowRoot!.children].map((child) => child.localName)).toEqual(['div', 'slot']);
      expect(el.innerHTML).toBe(fallback);
      if (fallback) expect(keptInView(el)).toBe(true);
    });
  }
}

/** Whether the page's fallback, the element's light DOM, is laid out where a reader sees it. */
function keptInView(el: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(el);
  const box = range.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}
