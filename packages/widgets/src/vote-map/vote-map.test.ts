import { Catalog, catalog, toSubsetJSON } from '@null-and-void/statements';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, itHasNoAxeViolations } from '../../test/axe.js';
import { itSaysWhatIsWrong, srcThat } from '../../test/error-cases.js';
import { cleanup, errorsOf, mount, mountSettled, settled, unseen } from '../../test/helpers.js';
import { text } from '../../test/list-helpers.js';
import {
  expectCaptionOfEs114,
  legend,
  namedAs,
  shadowPart,
  votes,
} from '../../test/roll-call-helpers.js';
import '../define/vote-map.js';
import { countryName } from '../i18n/format.js';
import type { NvVoteMap } from './vote-map.js';

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
    expectCaptionOfEs114(el, 'en');
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
    expectCaptionOfEs114(el, 'uk');
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
  const ES114 = 'instrument="unga-es-11-4"';
  itSaysWhatIsWrong('nv-vote-map', '<p>143 states voted for ES-11/4.</p>', [
    { what: 'no instrument', attributes: '' },
    { what: 'an unknown instrument', attributes: 'instrument="unga-99-1"', code: 'unknown-id' },
    { what: 'an instrument without a vote', attributes: 'instrument="un-charter"' },
    { what: 'a bad theme', attributes: `${ES114} theme="neon"` },
  ]);
  // No map is drawn: the widget shows only the alert and the fallback.
  itSaysWhatIsWrong(`nv-vote-map ${ES114}`, '<p>fallback</p>', [
    srcThat('fails', 404, 'no', 'load-failed'),
  ]);
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
  itHasNoAxeViolations(async ({ lang, theme }) => {
    const el = await voteMap(
      `<nv-vote-map instrument="unga-es-11-4" lang="${lang}" theme="${theme}"></nv-vote-map>`,
    );
    await userEvent.click(shape(el, 'BR'));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('gives the map a name that sends the reader to the list', async () => {
    const el = await voteMap('<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>');
    expect(shadowPart(el, 'world')!.getAttribute('role')).toBe('img');
    expect(shadowPart(el, 'world')!.getAttribute('aria-label')).toBe(
      'World map of the vote on A/RES/ES-11/4; the list below names each state',
    );
  });
});
