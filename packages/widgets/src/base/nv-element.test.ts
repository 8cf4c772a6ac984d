import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, frames, mount, overflowing, settled, unseen } from '../../test/helpers.js';
import '../define/all.js';
import type { NvElement } from './nv-element.js';

afterEach(cleanup);

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
      const fallback = `<div style="height: ${Math.round(own + 200)}px">Fallback</div>`;
      const { container, widget, before } = await upgrade(tag, fallback);
      expect(before).toBeGreaterThan(own + 199);
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
