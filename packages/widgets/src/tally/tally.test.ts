import { Catalog, catalog, toSubsetJSON } from '@null-and-void/statements';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, itHasNoAxeViolations } from '../../test/axe.js';
import { itSaysWhatIsWrong, srcThat } from '../../test/error-cases.js';
import {
  cleanup,
  errorsOf,
  itTakesTheLanguageOfThePage,
  mount,
  mountSettled,
  settled,
  shadowText,
} from '../../test/helpers.js';
import { serve } from '../../test/list-helpers.js';
import {
  es114,
  expectCaptionOfEs114,
  legend,
  namedAs,
  shadowPart,
  votes,
} from '../../test/roll-call-helpers.js';
import '../define/tally.js';
import { countryName } from '../i18n/format.js';
import type { NvTally } from './tally.js';

const tally = (markup: string) => mountSettled<NvTally>(markup);

/** The names listed for one side, as the reader sees them. */
const namesOn = (el: Element, label: string) => {
  const side = [...el.shadowRoot!.querySelectorAll('.side')].find((s) =>
    s.querySelector('dt')!.textContent!.includes(label),
  );
  return side?.querySelector('.names')?.textContent ?? '';
};

function luminance(color: string): number {
  const [r, g, b] = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('nv-tally: defaults', () => {
  it('shows the ES-11/4 vote in English and the light theme: title, outcome, totals', async () => {
    const el = await tally('<nv-tally instrument="unga-es-11-4"></nv-tally>');
    expect(el.theme).toBe('light');
    expectCaptionOfEs114(el, 'en');
    expect(shadowPart(el, 'outcome')!.textContent!.trim()).toBe('Adopted');
    expect(legend(el)).toEqual([
      `${votes.yes} In favour`,
      `${votes.no} Against`,
      `${votes.abstain} Abstained`,
      `${votes.absent} Did not vote`,
    ]);
  });

  it('draws the bar with one segment per side, sized by its count, numbers on the wide ones', async () => {
    const el = await tally('<nv-tally instrument="unga-es-11-4"></nv-tally>');
    const segments = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="segment"]')];
    expect(segments.map((s) => s.classList[1])).toEqual(['yes', 'no', 'abstain', 'absent']);
    expect(segments.map((s) => s.style.flexGrow)).toEqual(['143', '5', '35', '10']);
    expect(segments.map((s) => s.textContent!.trim())).toEqual(['143', '', '35', '']);
    const widths = segments.map((s) => s.getBoundingClientRect().width);
    expect(widths[0]! / widths[2]!).toBeCloseTo(143 / 35, 0);
    expect(shadowPart(el, 'bar')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('nv-tally: attributes', () => {
  it('instrument: the figures are the record’s (143 / 5 / 35) and the 5 states against are named', async () => {
    expect([votes.yes, votes.no, votes.abstain]).toEqual([143, 5, 35]);
    const el = await tally('<nv-tally instrument="unga-es-11-4"></nv-tally>');
    const against = namedAs('no');
    expect(against).toHaveLength(5);
    expect(el.sides.find((s) => s.choice === 'no')!.named).toEqual(against);
    const names = namesOn(el, 'Against');
    for (const code of against) expect(names).toContain(countryName('en', code));
    expect(names).toBe('Belarus, Nicaragua, North Korea, Russia, and Syria');
    const abstained = namesOn(el, 'Abstained');
    expect(namedAs('abstain')).toHaveLength(35);
    for (const code of namedAs('abstain')) expect(abstained).toContain(countryName('en', code));
  });

  it('instrument: says plainly where the sources do not name every state, and never fills the gap', async () => {
    const el = await tally('<nv-tally instrument="unsc-draft-2022-09-30"></nv-tally>');
    const sides = [...el.shadowRoot!.querySelectorAll('.side')].map((s) =>
      s.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // Nobody of the ten in favour is named by a source; the five others are.
    expect(sides[0]).toContain('The sources do not name each state on this side.');
    expect(namesOn(el, 'In favour')).toBe('');
    expect(namesOn(el, 'Abstained')).toBe('Brazil, China, Gabon, and India');
    expect(sides[1]).not.toContain('do not name');
  });

  it('instrument: a complete roll call names every state, each side as long as its total', async () => {
    const el = await tally('<nv-tally instrument="unga-es-11-4"></nv-tally>');
    for (const side of el.sides) expect(side.named, side.choice).toHaveLength(side.count);
    expect(el.shadowRoot!.textContent).not.toContain('do not name');
    expect(namesOn(el, 'Did not vote')).toBe(
      'Azerbaijan, Burkina Faso, Cameroon, Djibouti, El Salvador, Equatorial Guinea, Iran, São Tomé & Príncipe, Turkmenistan, and Venezuela',
    );
    expect(namesOn(el, 'Abstained')).toContain('Republic of the Congo');
  });

  it('instrument: named states never exceed the totals, for every vote in the record', async () => {
    for (const instrument of catalog.instruments.filter((i) => i.votes)) {
      const el = await tally(`<nv-tally instrument="${instrument.id}"></nv-tally>`);
      for (const side of el.sides) {
        expect(side.named.length, `${instrument.id} ${side.choice}`).toBeLessThanOrEqual(
          side.count,
        );
        expect(side.count).toBe(instrument.votes![side.choice]);
      }
      cleanup();
    }
  });

  it('instrument: a vetoed Security Council draft shows as not adopted', async () => {
    const el = await tally('<nv-tally instrument="unsc-draft-2022-09-30"></nv-tally>');
    expect(shadowPart(el, 'outcome')!.textContent!.trim()).toBe('Not adopted');
    expect(legend(el)).toEqual(['10 In favour', '1 Against', '4 Abstained']);
    expect(namesOn(el, 'Against')).toBe('Russia');
    const sources = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
    expect(sources.map((a) => a.href)).toContain('https://press.un.org/en/2022/sc15046.doc.htm');
    for (const a of sources) expect(a.rel).toBe('noopener noreferrer');
  });

  it("event: counts each statement about the vote once, by its first issuer's kind", async () => {
    const id = 'annexation-referendums-2022';
    const el = await tally(`<nv-tally event="${id}"></nv-tally>`);
    const statements = catalog.statementsAbout(id);
    const total = statements.length;
    expect(shadowPart(el, 'total')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      `${total} statements`,
    );
    const rows = [...el.shadowRoot!.querySelectorAll('[part="kinds"] li')].map((li) => [
      li.querySelector('.kind')!.textContent,
      Number(li.querySelector('.kind-count')!.textContent),
    ]);
    const kindOf = new Map<string, string>(catalog.actors.map((a) => [a.id, a.kind]));
    const states = statements.filter((s) => kindOf.get(s.issuers[0]!) === 'state').length;
    expect(rows[0]).toEqual(['States', states]);
    // Co-issuing people (a minister beside the ministry) are not a kind above the states.
    expect(rows.map(([kind]) => kind)).not.toContain('People');
    expect(rows.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(total);
    expect(el.shadowRoot!.textContent).toContain('By kind of main issuer, each statement once');
  });

  it('theme: reflects and changes the colours', async () => {
    const el = await tally('<nv-tally instrument="unga-es-11-4" theme="dark"></nv-tally>');
    expect(el.getAttribute('theme')).toBe('dark');
    expect(getComputedStyle(shadowPart(el, 'tally')!).backgroundColor).toBe('rgb(23, 25, 29)');
    el.theme = 'light';
    await settled(el);
    expect(getComputedStyle(shadowPart(el, 'tally')!).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('src: tallies a vote from the page’s own catalog', async () => {
    const own = toSubsetJSON(catalog, { instruments: ['unga-68-262'] });
    const url = 'https://example.org/tally-own.json';
    serve(url, 200, JSON.stringify(own));
    const el = await tally(`<nv-tally instrument="unga-68-262" src="${url}"></nv-tally>`);
    expect(legend(el)).toEqual(['100 In favour', '11 Against', '58 Abstained', '24 Did not vote']);
    // The roll call names all 24 who did not vote, the Republic of the Congo among them.
    expect(namesOn(el, 'Did not vote')).toContain('Republic of the Congo');
    expect(shadowText(el)).not.toContain('named.');
  });

  it('catalog: a Catalog set from script takes precedence', async () => {
    const el = mount<NvTally>('<nv-tally event="annexation-referendums-2022"></nv-tally>');
    el.catalog = new Catalog(toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] }));
    await settled(el);
    expect(shadowPart(el, 'total')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('1 statement');
    expect(shadowText(el)).toContain('International organisations');
  });
});

describe('nv-tally: events', () => {
  it('fires nv-error, bubbling and composed, with a code', async () => {
    const el = mount<NvTally>('<nv-tally></nv-tally>');
    const seen: Event[] = [];
    document.addEventListener('nv-error', (e) => seen.push(e), { once: true });
    await settled(el);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.bubbles && seen[0]!.composed).toBe(true);
  });
});

describe('nv-tally: languages and themes', () => {
  it('speaks Ukrainian: labels, dates and country names sorted by Ukrainian collation', async () => {
    const el = await tally('<nv-tally instrument="unga-es-11-4" lang="uk"></nv-tally>');
    expectCaptionOfEs114(el, 'uk');
    expect(shadowPart(el, 'outcome')!.textContent!.trim()).toBe('Ухвалено');
    expect(legend(el)).toEqual(['143 За', '5 Проти', '35 Утрималися', '10 Не голосували']);
    expect(namesOn(el, 'Проти')).toBe('Білорусь, Нікарагуа, Північна Корея, Росія і Сирія');
    expect(namesOn(el, 'Не голосували')).toMatch(/^Азербайджан, .* і Туркменістан$/);
    const abstained = namesOn(el, 'Утрималися');
    expect(abstained.startsWith('Алжир')).toBe(true);
  });

  itTakesTheLanguageOfThePage(
    '<section lang="uk-UA"><nv-tally event="annexation-referendums-2022"></nv-tally></section>',
    (el) => {
      expect(shadowText(el)).toContain('59 заяв');
      expect(shadowText(el)).toContain('За типом головного автора, кожна заява один раз');
    },
  );

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps the bar's numbers at 4.5:1 or more against their fills (${theme})`, async () => {
      const el = await tally(`<nv-tally instrument="unga-es-11-4" theme="${theme}"></nv-tally>`);
      for (const segment of el.shadowRoot!.querySelectorAll<HTMLElement>('.segment')) {
        const style = getComputedStyle(segment);
        const fill =
          style.backgroundColor === 'rgba(0, 0, 0, 0)'
            ? getComputedStyle(shadowPart(el, 'tally')!).backgroundColor
            : style.backgroundColor;
        expect(contrast(style.color, fill), segment.className).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe('nv-tally: errors', () => {
  const ES114 = 'instrument="unga-es-11-4"';
  itSaysWhatIsWrong('nv-tally', '<p>143 states voted for ES-11/4.</p>', [
    { what: 'neither attribute', attributes: '' },
    { what: 'both attributes', attributes: `${ES114} event="annexation-referendums-2022"` },
    { what: 'an unknown instrument', attributes: 'instrument="unga-99-1"', code: 'unknown-id' },
    { what: 'an unknown event', attributes: 'event="no-such-vote"', code: 'unknown-id' },
    { what: 'an instrument without a vote', attributes: 'instrument="un-charter"' },
    { what: 'a bad theme', attributes: `${ES114} theme="neon"` },
  ]);
  itSaysWhatIsWrong(`nv-tally ${ES114}`, '<p>fallback</p>', [
    srcThat('fails', 404, 'not found', 'load-failed'),
  ]);
  itSaysWhatIsWrong('nv-tally event="annexation-referendums-2022"', '', [
    srcThat(
      'returns an invalid catalog',
      200,
      JSON.stringify({ statements: 'none' }),
      'invalid-data',
    ),
  ]);

  it('named states beyond a side’s total: invalid-data, never shown', async () => {
    const input = toSubsetJSON(catalog, { instruments: ['unga-es-11-4'] });
    const bad = structuredClone(input);
    bad.instruments[0]!.votes!.no = 2;
    const el = mount<NvTally>('<nv-tally instrument="unga-es-11-4"></nv-tally>');
    const errors = errorsOf(el);
    el.catalog = new Catalog(bad);
    await settled(el);
    expect(errors.at(-1)?.code).toBe('invalid-data');
    expect(shadowPart(el, 'bar')).toBeNull();
  });

  it('recovers when the attribute is corrected', async () => {
    const el = await tally('<nv-tally instrument="nope"></nv-tally>');
    expect(shadowPart(el, 'error')!.textContent!.trim()).toBe(
      'This could not be found in the record.',
    );
    el.instrument = 'unga-es-11-4';
    await settled(el);
    expect(shadowPart(el, 'error')).toBeNull();
    expect(legend(el)[0]).toBe('143 In favour');
  });
});

describe('nv-tally: keyboard', () => {
  it('reaches each source link with Tab, with a visible focus ring', async () => {
    const el = await tally('<nv-tally instrument="unga-es-11-4"></nv-tally>');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    // The resolution at the UN (its Digital Library record) first, then the sources of the counts.
    expect(links.map((a) => a.href)).toEqual([es114.url, ...votes.sources!]);
    for (const link of links) {
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe(link);
      expect(getComputedStyle(link).outlineStyle).toBe('solid');
    }
  });
});

describe('nv-tally: accessibility', () => {
  itHasNoAxeViolations(async ({ lang, theme }) => {
    const vote = await tally(
      `<nv-tally instrument="unga-es-11-4" lang="${lang}" theme="${theme}"></nv-tally>`,
    );
    expect(await axeViolations(vote)).toEqual([]);
    const about = await tally(
      `<nv-tally event="annexation-referendums-2022" lang="${lang}" theme="${theme}"></nv-tally>`,
    );
    expect(await axeViolations(about)).toEqual([]);
  });
});
