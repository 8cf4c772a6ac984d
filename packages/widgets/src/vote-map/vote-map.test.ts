import { Catalog, catalog, toSubsetJSON } from '@null-and-void/statements';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import {
  cleanup,
  errorsOf,
  mount,
  mountSettled,
  settled,
  shadowText,
  unseen,
} from '../../test/helpers.js';
import { text } from '../../test/list-helpers.js';
import { es114, legend, namedAs, shadowPart, votes } from '../../test/roll-call-helpers.js';
import '../define/vote-map.js';
import { countryName } from '../i18n/format.js';
import type { NvVoteMap } from './vote-map.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const voteMap = (markup: string) => mountSettled<NvVoteMap>(markup);
const root = (el: Element) => el.shadowRoot!;
/** The states listed under one group, as the reader reads them. */
const listed = (el: Element, label: string) => {
  const group = [...root(el).querySelectorAll('.group')].find((g) =>
    g.querySelector('.group-label')!.textContent!.includes(label),
  );
  return [...(group?.querySelectorAll('button') ?? [])].map((b) => b.textContent!.trim());
};
const shape = (el: Element, code: string) =>
  root(el).querySelector<SVGPathElement>(`path[data-state="${code}"]`)!;
const stateButton = (el: Element, code: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[data-state="${code}"]`)!;
const detail = (el: Element) => text(shadowPart(el, 'detail')!);

describe('nv-vote-map: defaults', () => {
  it('shows the ES-11/4 vote in English: title, symbol, date and the legend in words', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    const text = shadowText(el);
    expect(text).toContain(es114.title.en);
    expect(text).toContain('A/RES/ES-11/4');
    expect(text).toContain('12 October 2022');
    expect(legend(el)).toEqual([
      `${votes.yes} In favour`,
      `${votes.no} Against`,
      `${votes.abstain} Abstained`,
      `${votes.absent} Did not vote`,
      'Not a UN member',
    ]);
    for (const li of root(el).querySelectorAll('[part="legend"] li')) {
      expect(unseen(el, li, shadowPart(el, 'map')!)).toEqual([]);
    }
  });

  it('draws the world as a picture as wide as the widget, with Ukraine and Russia in their colours', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    const world = shadowPart(el, 'world')!;
    const box = world.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(300);
    expect(box.height / box.width).toBeCloseTo(0.47, 1);
    expect(root(el).querySelectorAll('path[data-state]').length).toBeGreaterThan(190);
    const fill = (code: string) => getComputedStyle(shape(el, code)).fill;
    expect(fill('UA')).toBe(fill('DE'));
    expect(fill('RU')).toBe(fill('BY'));
    expect(fill('UA')).not.toBe(fill('RU'));
    expect(fill('CN')).not.toBe(fill('UA'));
    expect(fill('TW')).not.toBe(fill('CN'));
    expect(shape(el, 'UA').getBoundingClientRect().width).toBeGreaterThan(5);
  });
});

describe('nv-vote-map: attributes', () => {
  it('instrument: lists all 193 members by vote, each group the size of the official total', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    expect(root(el).querySelectorAll('button[data-state]')).toHaveLength(193);
    expect(listed(el, 'In favour')).toHaveLength(votes.yes);
    expect(listed(el, 'Against')).toEqual([
      'Belarus',
      'Nicaragua',
      'North Korea',
      'Russia',
      'Syria',
    ]);
    expect(listed(el, 'Abstained')).toHaveLength(votes.abstain);
    expect(listed(el, 'Did not vote')).toEqual(
      namedAs('absent')
        .map((code) => countryName('en', code))
        .sort(new Intl.Collator('en').compare),
    );
    expect(root(el).querySelector('[part~="note"]')).toBeNull();
    expect(el.states.get('UA')).toBe('yes');
    expect(el.states.get('TW')).toBe('other');
  });

  it('instrument: a Security Council draft names only the members a source names, and says so', async () => {
    const el = await voteMap('<nv-vote-map instrument="unsc-draft-2022-09-30"></nv-vote-map>');
    expect(listed(el, 'Against')).toEqual(['Russia']);
    expect(listed(el, 'Abstained')).toEqual(['Brazil', 'China', 'Gabon', 'India']);
    expect(listed(el, 'In favour')).toEqual([]);
    expect(text(shadowPart(el, 'note')!)).toBe('The sources do not name each state on this side.');
    expect(legend(el).at(-1)).toBe('Not on the Council, or not named in the sources');
    expect(el.states.get('DE')).toBe('other');
  });

  it('src and catalog: maps the vote of the page’s own catalog', async () => {
    const input = toSubsetJSON(catalog, { instruments: ['unga-es-11-4'] });
    const own = structuredClone(input);
    own.instruments[0]!.votes!.byState = { UA: 'yes', RU: 'no' };
    const el = mount<NvVoteMap>('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    el.catalog = new Catalog(own);
    await settled(el);
    expect(listed(el, 'Against')).toEqual(['Russia']);
    expect(listed(el, 'Vote not named in the sources')).toHaveLength(191);
    expect(text(shadowPart(el, 'note')!)).toBe(
      '1 of 143 named. The sources do not name each state on this side.',
    );
  });

  it('theme: dark changes the colours of the map and the text', async () => {
    const light = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    const dark = await voteMap(
      '<nv-vote-map instrument="unga-es-11-4" theme="dark"></nv-vote-map>',
    );
    expect(dark.getAttribute('theme')).toBe('dark');
    const fill = (el: Element) => getComputedStyle(shape(el, 'UA')).fill;
    expect(fill(dark)).not.toBe(fill(light));
    const bg = (el: Element) => getComputedStyle(shadowPart(el, 'map')!).backgroundColor;
    expect(bg(dark)).toBe('rgb(23, 25, 29)');
  });
});

describe('nv-vote-map: events', () => {
  it('pointing at a state shows its vote in words; tapping another shows that one', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    expect(detail(el)).toContain('Point at or tap a state');
    await userEvent.hover(shape(el, 'BR'));
    expect(detail(el)).toBe('Brazil — In favour');
    await userEvent.click(shape(el, 'KZ'));
    expect(detail(el)).toBe('Kazakhstan — Abstained');
    expect(unseen(el, shadowPart(el, 'detail')!, shadowPart(el, 'map')!)).toEqual([]);
    expect(root(el).querySelector('.chosen')!.getAttribute('d')).toBe(
      shape(el, 'KZ').getAttribute('d'),
    );
    expect(stateButton(el, 'KZ').getAttribute('aria-pressed')).toBe('true');
  });

  it('a state that is not a member says so', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    await userEvent.click(shape(el, 'TW'));
    expect(detail(el)).toBe('Taiwan — Not a UN member');
  });

  it('fires nv-error, bubbling and composed, with a code', async () => {
    const el = mount<NvVoteMap>('<nv-vote-map></nv-vote-map>');
    const seen = errorsOf(el);
    await settled(el);
    expect(seen.map((e) => [e.code, e.bubbles, e.composed])).toEqual([
      ['invalid-attribute', true, true],
    ]);
  });
});

describe('nv-vote-map: languages and themes', () => {
  it('speaks Ukrainian: legend, date, names in Ukrainian order, a state’s vote', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4" lang="uk"></nv-vote-map>');
    expect(shadowText(el)).toContain(es114.title.uk);
    expect(shadowText(el)).toContain('12 жовтня 2022');
    expect(legend(el)).toEqual([
      '143 За',
      '5 Проти',
      '35 Утрималися',
      '10 Не голосували',
      'Не член ООН',
    ]);
    expect(listed(el, 'Проти')).toEqual([
      'Білорусь',
      'Нікарагуа',
      'Північна Корея',
      'Росія',
      'Сирія',
    ]);
    await userEvent.click(shape(el, 'UA'));
    expect(detail(el)).toBe('Україна — За');
  });
});

describe('nv-vote-map: errors', () => {
  const cases: [string, string, string][] = [
    ['no instrument', '<nv-vote-map>', 'invalid-attribute'],
    ['an unknown instrument', '<nv-vote-map instrument="unga-99-1">', 'unknown-id'],
    ['an instrument without a vote', '<nv-vote-map instrument="un-charter">', 'invalid-attribute'],
    ['a bad theme', '<nv-vote-map instrument="unga-es-11-4" theme="neon">', 'invalid-attribute'],
  ];
  for (const [what, open, code] of cases) {
    it(`${what}: says so, fires ${code} and keeps the fallback`, async () => {
      const el = mount<NvVoteMap>(`${open}<p>143 states voted for ES-11/4.</p></nv-vote-map>`);
      const errors = errorsOf(el);
      await settled(el);
      expect(errors.map((e) => e.code)).toEqual([code]);
      expect(shadowPart(el, 'error')!.getAttribute('role')).toBe('alert');
      expect(el.querySelector('p')!.textContent).toBe('143 states voted for ES-11/4.');
      expect(el.querySelector('p')!.checkVisibility()).toBe(true);
    });
  }

  it('a src that fails: load-failed, the fallback kept', async () => {
    const real = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
      String(input).includes('map-missing')
        ? Promise.resolve(new Response('no', { status: 404 }))
        : real(input, init),
    );
    const el = mount<NvVoteMap>(
      '<nv-vote-map instrument="unga-es-11-4" src="https://example.org/map-missing.json"><p>fallback</p></nv-vote-map>',
    );
    const errors = errorsOf(el);
    await settled(el);
    expect(errors.map((e) => e.code)).toEqual(['load-failed']);
    expect(el.querySelector('p')!.textContent).toBe('fallback');
    expect(shadowPart(el, 'world')).toBeNull();
  });
});

describe('nv-vote-map: keyboard', () => {
  // The pointer stays where an earlier test left it; over the new map, it would choose a state.
  beforeEach(async () => {
    const corner = mount<HTMLElement>('<p>Before the map.</p>');
    await userEvent.hover(corner);
    cleanup();
  });

  it('one Tab reaches the list; arrows, Home and End move between states and show each vote', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    const inFavour = listed(el, 'In favour');
    const first = inFavour[0]!;
    await userEvent.tab();
    const focused = () => root(el).activeElement as HTMLElement;
    expect(focused().textContent).toBe(first);
    expect(getComputedStyle(focused()).outlineStyle).toBe('solid');
    expect(detail(el)).toBe(`${first} — In favour`);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused().textContent).toBe(inFavour[1]);
    expect(detail(el)).toBe(`${inFavour[1]} — In favour`);
    await userEvent.keyboard('{End}');
    const last = listed(el, 'Did not vote').at(-1)!;
    expect(focused().textContent).toBe(last);
    expect(detail(el)).toBe(`${last} — Did not vote`);
    await userEvent.keyboard('{Home}');
    expect(focused().textContent).toBe(first);
    // The list is one stop: the next Tab leaves it for the sources.
    await userEvent.tab();
    expect(focused().localName).toBe('a');
    expect(focused().closest('[part~="sources"]')).not.toBeNull();
  });
});

describe('nv-vote-map: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'uk'] as const) {
      it(`has no axe violations (${lang}, ${theme})`, async () => {
        const el = await voteMap(
          `<nv-vote-map instrument="unga-es-11-4" lang="${lang}" theme="${theme}"></nv-vote-map>`,
        );
        await userEvent.click(shape(el, 'BR'));
        expect(await axeViolations(el)).toEqual([]);
      });
    }
  }

  it('gives the map a name that sends the reader to the list', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    expect(shadowPart(el, 'world')!.getAttribute('role')).toBe('img');
    expect(shadowPart(el, 'world')!.getAttribute('aria-label')).toBe(
      'World map of the vote on A/RES/ES-11/4; the list below names each state',
    );
  });
});
