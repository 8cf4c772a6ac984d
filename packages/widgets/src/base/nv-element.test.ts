import { catalog, toCatalogJSON } from '@null-and-void/statements';
import { describe, expect, it, vi } from 'vitest';
import {
  errorsOf,
  frames,
  mount,
  overflowing,
  settled,
  uncaughtErrors,
  unseen,
} from '../../test/helpers.js';
import '../define/all.js';
import { serveLater, uniqueUrl } from '../../test/list-helpers.js';
import { LOAD_TIMEOUT_MS, type NvElement } from './nv-element.js';

/** One widget of each kind, as an editor would set it up. */
const WIDGETS = {
  'nv-statement': 'statement="nato-2022-09-22"',
  'nv-quote': 'statement="nato-2022-09-22"',
  'nv-statement-list': 'event="crimea-referendum-2014" limit="3"',
  'nv-search': 'query="Kherson" limit="3"',
  'nv-timeline': 'event="crimea-referendum-2014"',
  'nv-tally': 'instrument="unga-es-11-4"',
} as const;

const height = (element: Element) => element.getBoundingClientRect().height;
/** The widget's box: what it shows once ready, inside the frame that holds the reserved height. */
const box = (widget: Element) => widget.shadowRoot!.querySelector('.frame > *')!;

/** Mounts a widget with a fallback in a container of the given width; its height as a fallback and once ready. */
async function upgrade(tag: string, fallback: string, width = 640) {
  const container = mount<HTMLDivElement>(
    `<div style="width: ${width}px"><${tag} ${WIDGETS[tag as keyof typeof WIDGETS]}>${fallback}</${tag}></div>`,
  );
  const widget = container.firstElementChild as NvElement;
  await widget.updateComplete;
  const before = height(widget);
  await settled(widget);
  await frames();
  return { container, widget, before };
}

/** The height a widget has with no fallback to keep, at the given width. */
async function natural(tag: string, width = 640): Promise<number> {
  const { widget } = await upgrade(tag, '', width);
  const value = height(widget);
  widget.parentElement!.remove();
  return value;
}

for (const tag of Object.keys(WIDGETS)) {
  describe(`${tag}: the fallback's height`, () => {
    it('grows past a one-line fallback and clips nothing', async () => {
      const { widget, before } = await upgrade(tag, '<p>Null &amp; Void: the record.</p>');
      expect(before).toBeGreaterThan(10);
      expect(height(widget)).toBeGreaterThan(before + 40);
      expect(overflowing(widget)).toEqual([]);
      expect(widget.shadowRoot!.querySelector('slot')).toBeNull();
    });

    it('keeps the height of a taller fallback, its box filling it, until its width changes', async () => {
      const own = await natural(tag);
      // Taller than the widget at either width (a tally naming all 193 states grows when narrow).
      const tallest = Math.max(own, await natural(tag, 420));
      const fallback = `<div style="height: ${Math.round(tallest + 200)}px">Fallback</div>`;
      const { container, widget, before } = await upgrade(tag, fallback);
      expect(before).toBeGreaterThan(tallest + 199);
      // No upward jump: the widget is as tall as the fallback it replaced, not its own height.
      expect(height(widget)).toBeCloseTo(before, 0);
      expect(height(box(widget))).toBeCloseTo(before, 0);
      expect(overflowing(widget)).toEqual([]);

      // A rotated phone or a resized window: the old height means nothing at the new width.
      container.style.width = '420px';
      await frames();
      await frames();
      expect(height(widget)).toBeCloseTo(await natural(tag, 420), 0);
      expect(height(widget)).toBeLessThan(before);
    });
  });
}

for (const tag of Object.keys(WIDGETS)) {
  describe(`${tag}: the credit`, () => {
    for (const [lang, credit] of [
      ['en', 'Source: Null & Void'],
      ['uk', 'Джерело: Null & Void'],
    ] as const) {
      it(`ends the box with "${credit}", seen by the reader`, async () => {
        const widget = mount<NvElement>(
          `<${tag} lang="${lang}" ${WIDGETS[tag as keyof typeof WIDGETS]}></${tag}>`,
        );
        await settled(widget);
        await frames();
        const line = widget.shadowRoot!.querySelector('[part="credit"]')!;
        expect(line.textContent?.trim()).toBe(credit);
        expect(box(widget).lastElementChild).toBe(line);
        expect(unseen(widget, line, box(widget))).toEqual([]);
        // These tests load the source modules, not a bundle from a site's /widgets/: no link.
        expect(line.querySelector('a')).toBeNull();
      });
    }

    it('no-credit hides it, and it comes back without', async () => {
      const widget = mount<NvElement>(
        `<${tag} no-credit ${WIDGETS[tag as keyof typeof WIDGETS]}></${tag}>`,
      );
      await settled(widget);
      expect(box(widget)).toBeTruthy();
      expect(widget.shadowRoot!.querySelector('[part="credit"]')).toBeNull();
      expect(widget.shadowRoot!.textContent).not.toContain('Null & Void');
      widget.removeAttribute('no-credit');
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('[part="credit"]')?.textContent?.trim()).toBe(
        'Source: Null & Void',
      );
    });
  });
}

describe('unseen, the reader’s-eye check of these tests', () => {
  /** A shadow root holding a box with a paragraph, styled as given. */
  function shadow(style: string) {
    const host = mount<HTMLDivElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${style}</style><div class="box"><p>First words</p><p class="target">The text</p></div><div class="cover"></div>`;
    return { host, target: root.querySelector('.target')!, box: root.querySelector('.box')! };
  }

  it('sees a text on screen', () => {
    const { host, target, box } = shadow('');
    expect(unseen(host, target, box)).toEqual([]);
  });

  it('reports a text cut off by a box of fixed height, even one it could scroll', () => {
    const { host, target, box } = shadow('.box { height: 1em; overflow: hidden }');
    expect(unseen(host, target, box)).toContain('clipped by .box');
    expect(unseen(host, target, box)).toContain('outside the box');
  });

  it('reports a hidden, an empty and a covered text', () => {
    expect(unseen(...triple(shadow('.target { visibility: hidden }')))).toContain('hidden');
    expect(unseen(...triple(shadow('.target { height: 0; overflow: hidden }')))).toContain(
      'of no size',
    );
    const covered = shadow(
      '.box { position: relative } .cover { position: absolute; inset: 0; background: white }',
    );
    expect(unseen(...triple(covered))).toContain('covered by div');
  });
});

const triple = ({ host, target, box }: { host: Element; target: Element; box: Element }) =>
  [host, target, box] as const;

/** The attributes of an element as written in `WIDGETS`, by name. */
const baseAttributes = (tag: keyof typeof WIDGETS): Map<string, string> =>
  new Map([...WIDGETS[tag].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

/** A widget set up as in `WIDGETS`, with one attribute set (or replaced) to `value`. */
function widgetWith(tag: keyof typeof WIDGETS, attribute: string, value: string): NvElement {
  const widget = document.createElement(tag) as NvElement;
  for (const [name, base] of baseAttributes(tag)) widget.setAttribute(name, base);
  // The card, quote and tally need their one id; set elsewhere, it would be refused as a pair.
  if (tag === 'nv-tally' && attribute === 'event') widget.removeAttribute('instrument');
  widget.setAttribute(attribute, value);
  document.body.append(widget);
  return widget;
}

const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];

describe('every element: prototype keys in its attributes', () => {
  for (const tag of Object.keys(WIDGETS) as (keyof typeof WIDGETS)[]) {
    it(`${tag} shows itself or says what is wrong, and never throws or hangs`, async () => {
      const attributes = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      expect(attributes.length).toBeGreaterThan(3);
      const stop = uncaughtErrors();
      const outcomes: string[] = [];
      for (const attribute of attributes) {
        for (const key of PROTOTYPE_KEYS) {
          const widget = widgetWith(tag, attribute, key);
          const errors = errorsOf(widget);
          await settled(widget);
          const alert = widget.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
          const shown = errors.length
            ? `${errors[0]!.code}: ${alert?.checkVisibility() ? alert.textContent?.trim() : 'no message seen'}`
            : box(widget)?.textContent?.trim()
              ? 'shown'
              : 'nothing shown';
          outcomes.push(`${attribute}="${key}" ${shown}`);
          widget.remove();
        }
      }
      expect(stop()).toEqual([]);
      for (const outcome of outcomes) {
        expect(outcome).toMatch(
          /" (shown|invalid-attribute: This widget is set up wrongly\.|unknown-id: This could not be found in the record\.|(load-failed|invalid-data): .+)$/,
        );
      }
    });
  }
});

/** Inheritable text properties a page may set on the element's ancestors, all at their worst. */
const HOSTILE_TEXT = [
  'white-space: nowrap',
  'line-height: 0.1',
  'text-indent: 300px',
  'letter-spacing: 0.7em',
  'word-spacing: 3em',
  'text-transform: uppercase',
  'text-align: right',
  'text-align-last: justify',
  'direction: rtl',
  'font-style: italic',
  'font-weight: 900',
  'font-variant: small-caps',
  'text-shadow: 0 0 4px red',
  'hyphens: auto',
  'word-break: keep-all',
  'tab-size: 40',
  '-webkit-text-fill-color: transparent',
  'font-family: Georgia, serif',
  'font-size: 13px',
].join('; ');

describe("every element: a page's inherited text properties", () => {
  for (const tag of Object.keys(WIDGETS) as (keyof typeof WIDGETS)[]) {
    it(`${tag} keeps its own text layout, takes the page's font and size, and fits the page`, async () => {
      const page = mount<HTMLDivElement>(
        `<div style="width: 390px; ${HOSTILE_TEXT}"><${tag} lang="en" ${WIDGETS[tag]}></${tag}></div>`,
      );
      const widget = page.firstElementChild as NvElement;
      await settled(widget);
      await frames();
      const frame = widget.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      const style = getComputedStyle(frame);
      expect({
        whiteSpace: style.whiteSpace,
        lineHeight: Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize),
        textIndent: style.textIndent,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
        textTransform: style.textTransform,
        textAlign: style.textAlign,
        direction: style.direction,
        fontStyle: style.fontStyle,
        fontWeight: style.fontWeight,
        textShadow: style.textShadow,
        fill: style.webkitTextFillColor === style.color,
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
      }).toEqual({
        whiteSpace: 'normal',
        lineHeight: 1.5,
        textIndent: '0px',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textTransform: 'none',
        textAlign: 'start',
        direction: 'ltr',
        fontStyle: 'normal',
        fontWeight: '400',
        textShadow: 'none',
        fill: true,
        fontFamily: 'Georgia, serif',
        fontSize: '13px',
      });
      // Written left to right as English is, whatever the page's direction.
      expect(frame.matches(':dir(ltr)')).toBe(true);
      expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
      expect(overflowing(widget)).toEqual([]);
      const credit = widget.shadowRoot!.querySelector('[part="credit"]')!;
      expect(unseen(widget, credit, box(widget))).toEqual([]);
    });
  }
});

describe('every element: a page of tiny text', () => {
  it('writes at 10 px at the least, where the page writes smaller', async () => {
    const page = mount<HTMLDivElement>(
      `<div style="font-size: 4px">${Object.entries(WIDGETS)
        .map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`)
        .join('')}</div>`,
    );
    const widgets = [...page.children] as NvElement[];
    for (const widget of widgets) await settled(widget);
    expect(widgets.map((w) => getComputedStyle(box(w).parentElement!).fontSize)).toEqual(
      widgets.map(() => '10px'),
    );
  });
});

describe('every element: a catalog that never answers', () => {
  for (const tag of Object.keys(WIDGETS) as (keyof typeof WIDGETS)[]) {
    it(`${tag} gives up after ${LOAD_TIMEOUT_MS / 1000} s: the translated message, nv-error, the fallback kept`, async () => {
      const src = uniqueUrl(`never-${tag}`);
      serveLater(src, '');
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const widget = mount<NvElement>(
        `<${tag} lang="uk" src="${src}" ${WIDGETS[tag]}><p>Fallback</p></${tag}>`,
      );
      const errors = errorsOf(widget);
      await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 100);
      expect(errors).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      vi.useRealTimers();
      await settled(widget);
      expect(errors.map((e) => e.code)).toEqual(['load-failed']);
      expect(errors[0]!.message).toBe(`Nothing came in ${LOAD_TIMEOUT_MS / 1000} s.`);
      const alert = widget.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent?.trim()).toBe('Не вдалося завантажити заяви.');
      expect(alert.checkVisibility()).toBe(true);
      expect(widget.querySelector('p')!.checkVisibility()).toBe(true);
    });
  }
});

describe('every element: the upgrade moves nothing around it', () => {
  const everything = JSON.stringify(toCatalogJSON(catalog));
  /** A fallback of block content with margins, as a snippet's blockquote has. */
  const fallback = (height: number) =>
    `<div class="fallback" style="margin: 48px 0 40px; height: ${height}px">Fallback</div>`;

  for (const tag of Object.keys(WIDGETS) as (keyof typeof WIDGETS)[]) {
    for (const display of ['block', 'inline']) {
      it(`${tag} (${display === 'inline' ? 'made inline by the page' : 'as is'}): the text after stays where the fallback put it`, async () => {
        const own = await natural(tag);
        const src = uniqueUrl(`later-${tag}`);
        const release = serveLater(src, everything);
        const page = mount<HTMLDivElement>(
          `<div style="width: 640px; line-height: 1.2"><p>Before</p><${tag} src="${src}" ${WIDGETS[tag]}>${fallback(Math.round(own + 100))}</${tag}><p>After</p></div>`,
        );
        const widget = page.children[1] as NvElement;
        if (display === 'inline') widget.style.display = 'inline';
        const after = page.lastElementChild!;
        await widget.updateComplete;
        await frames();
        const loading = after.getBoundingClientRect().top;
        expect(widget.shadowRoot!.querySelector('.frame')).toBeNull();
        release();
        await settled(widget);
        await frames();
        expect(widget.shadowRoot!.querySelector('.frame')).not.toBeNull();
        expect(after.getBoundingClientRect().top - loading).toBeCloseTo(0, 0);
      });
    }

    it(`${tag}: while loading, the fallback is laid out as the page lays it out before the script runs`, async () => {
      const src = uniqueUrl(`never-${tag}`);
      serveLater(src, '');
      const content =
        '<blockquote><p>A fallback of two paragraphs.</p><p>The second.</p></blockquote>';
      const page = mount<HTMLDivElement>(
        `<div style="width: 390px; font: 15px/1.1 serif; letter-spacing: 0.1em"><nv-undefined-widget>${content}</nv-undefined-widget><${tag} src="${src}" ${WIDGETS[tag]}>${content}</${tag}></div>`,
      );
      const [undefinedWidget, widget] = [...page.children] as [HTMLElement, NvElement];
      await widget.updateComplete;
      await frames();
      const quote = (element: Element) =>
        element.querySelector('blockquote')!.getBoundingClientRect();
      expect(quote(widget).height).toBeCloseTo(quote(undefinedWidget).height, 1);
      expect(quote(widget).width).toBeCloseTo(quote(undefinedWidget).width, 1);
    });
  }
});
