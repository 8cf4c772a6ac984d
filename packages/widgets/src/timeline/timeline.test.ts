import { Catalog, catalog, toCatalogJSON, toSubsetJSON } from '@null-and-void/statements';
import { describe, expect, it, vi } from 'vitest';
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
import { choices, serve } from '../../test/list-helpers.js';
import '../define/timeline.js';
import type { NvTimeline } from './timeline.js';

const timeline = (markup: string) => mountSettled<NvTimeline>(markup);

const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const years = (el: Element) => all(el, '.year-number').map((y) => y.textContent);
const statementIds = (el: Element) =>
  all(el, '[part="statement"]').map((li) => li.dataset.entry!.replace('statement:', ''));
const eventIds = (el: Element) =>
  all(el, '[part="event"]').map((li) => li.dataset.entry!.replace('event:', ''));
const moreButtons = (el: Element) => all<HTMLButtonElement>(el, 'button[part="more"]');

const everything = catalog.timeline();
const statementsIn = (year: string) =>
  everything.filter((e) => e.type === 'statement' && e.date.startsWith(year));

describe('nv-timeline: defaults', () => {
  it('groups the whole record by year, oldest first, as ordered lists', async () => {
    const el = await timeline('<nv-timeline></nv-timeline>');
    const expected = [...new Set(everything.map((e) => e.date.slice(0, 4)))];
    expect(years(el)).toEqual(expected);
    expect(all(el, 'ol.years > li > ol.entries')).toHaveLength(expected.length);
    expect(all(el, 'ol.years')[0]!.getAttribute('aria-label')).toBe('Timeline');
    const first = all(el, '.entries')[0]!;
    expect(first.getAttribute('aria-labelledby')).toBe('year-2014');
  });

  it('shows every vote and the first 5 statements of each year, the rest behind a button', async () => {
    const el = await timeline('<nv-timeline></nv-timeline>');
    expect(eventIds(el)).toEqual(catalog.events.map((e) => e.id).sort(byStart));
    const shown = statementIds(el);
    for (const year of years(el)) {
      const inYear = statementsIn(year!);
      const visible = inYear.filter(
        (e) => e.type === 'statement' && shown.includes(e.statement.id),
      );
      expect(visible.length, year!).toBe(Math.min(5, inYear.length));
    }
    const year2022 = all(el, '.year').find((y) => y.textContent!.includes('2022'))!;
    expect(year2022.querySelector('button')!.textContent!.trim()).toBe(
      `Show ${statementsIn('2022').length - 5} more statements from 2022`,
    );
  });

  it('shows a statement with its date at its precision, issuers and a safe link to the source', async () => {
    const el = await timeline(
      '<nv-timeline from="2022-09" to="2022-09-20" limit="0"></nv-timeline>',
    );
    const civil = catalog.get('civilmplus-2022-09');
    const entry = all(el, '[data-entry="statement:civilmplus-2022-09"]')[0]!;
    expect(entry.querySelector('time')!.textContent).toBe('September 2022');
    expect(entry.textContent).toContain('date inferred');
    const link = entry.querySelector('a')!;
    expect(link.textContent).toBe(civil.title.en);
    expect(link.href).toBe(civil.source.url);
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.target).toBe('_blank');
    expect(entry.textContent).toContain('CivilMPlus');
  });

  it('shows a vote with its dates, regions and what declared it invalid, set apart from statements', async () => {
    const el = await timeline('<nv-timeline event="annexation-referendums-2022"></nv-timeline>');
    const vote = all(el, '[part="event"]')[0]!;
    const text = vote.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Vote');
    expect(text).toContain('23 – 27 September 2022');
    expect(text).toContain(
      'Donetsk region, Luhansk region, Zaporizhzhia region, and Kherson region',
    );
    expect(text).toContain('Declared invalid by A/RES/ES-11/4');
    expect(vote.classList).toContain('event');
    expect(getComputedStyle(vote).backgroundColor).not.toBe(
      getComputedStyle(all(el, '[part="statement"]')[0]!).backgroundColor,
    );
  });
});

describe('nv-timeline: attributes', () => {
  it('event: only that vote and the statements about it', async () => {
    const id = 'russian-presidential-election-2024';
    const el = await timeline(`<nv-timeline event="${id}" limit="0"></nv-timeline>`);
    expect(eventIds(el)).toEqual([id]);
    expect(statementIds(el).sort()).toEqual(
      catalog
        .statementsAbout(id)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('from and to: only what falls in the dates', async () => {
    const el = await timeline('<nv-timeline from="2018" to="2020-12" limit="0"></nv-timeline>');
    expect(years(el)).toEqual(['2018', '2020']);
    const expected = catalog.timeline({ from: '2018', to: '2020-12' });
    expect(statementIds(el)).toEqual(
      expected.flatMap((e) => (e.type === 'statement' ? [e.statement.id] : [])),
    );
  });

  it('limit: how many statements a year shows; 0 shows every one', async () => {
    const two = await timeline('<nv-timeline limit="2"></nv-timeline>');
    for (const year of all(two, '.year')) {
      expect(year.querySelectorAll('[part="statement"]').length).toBeLessThanOrEqual(2);
    }
    cleanup();
    const none = await timeline('<nv-timeline limit="0"></nv-timeline>');
    expect(statementIds(none)).toHaveLength(catalog.statements.length);
    expect(moreButtons(none)).toEqual([]);
  });

  it('theme: reflects and changes the colours', async () => {
    const el = await timeline('<nv-timeline theme="dark" from="2020" to="2020"></nv-timeline>');
    expect(el.getAttribute('theme')).toBe('dark');
    expect(getComputedStyle(all(el, '.timeline')[0]!).backgroundColor).toBe('rgb(23, 25, 29)');
  });

  it('src: shows the page’s own catalog', async () => {
    const own = toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] });
    const url = 'https://example.org/timeline-own.json';
    serve(url, 200, JSON.stringify(own));
    const el = await timeline(`<nv-timeline src="${url}"></nv-timeline>`);
    expect(statementIds(el)).toEqual(['nato-2022-09-22']);
    expect(eventIds(el)).toEqual(own.events.map((e) => e.id).sort(byStart));
  });

  it('catalog: a Catalog set from script takes precedence', async () => {
    const el = mount<NvTimeline>('<nv-timeline></nv-timeline>');
    el.catalog = new Catalog(toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] }));
    await settled(el);
    expect(statementIds(el)).toEqual(['nato-2022-09-22']);
  });

  it('says so when nothing falls in the dates', async () => {
    const el = await timeline('<nv-timeline from="2015-01" to="2015-06"></nv-timeline>');
    expect(all(el, '[part="empty"]')[0]!.textContent).toBe(
      'The record holds nothing for these dates.',
    );
  });
});

describe('nv-timeline: events', () => {
  it('fires nv-select, bubbling and composed, when a statement’s link is clicked', async () => {
    const el = await timeline('<nv-timeline from="2014-03-06" to="2014-03-06"></nv-timeline>');
    const chosen = choices(el);
    const seen: Event[] = [];
    document.addEventListener('nv-select', (e) => seen.push(e), { once: true });
    all<HTMLAnchorElement>(el, '[part="statement"] a')[1]!.click();
    expect(chosen).toEqual([statementIds(el)[1]]);
    expect(seen[0]!.bubbles && seen[0]!.composed).toBe(true);
  });

  it('cancelling nv-select keeps the link closed; otherwise the link is left alone', async () => {
    const el = await timeline('<nv-timeline from="2014-03-06" to="2014-03-06"></nv-timeline>');
    const link = all<HTMLAnchorElement>(el, '[part="statement"] a')[0]!;
    const click = () =>
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });

    el.addEventListener('nv-select', (e) => e.preventDefault(), { once: true });
    const cancelled = click();
    link.dispatchEvent(cancelled);
    expect(cancelled.defaultPrevented).toBe(true);

    // Not cancelled: the widget must not stop the link. The page-level listener records that,
    // then stops the navigation itself so the test page stays.
    let preventedByWidget: boolean | undefined;
    document.addEventListener(
      'click',
      (e) => {
        preventedByWidget = e.defaultPrevented;
        e.preventDefault();
      },
      { once: true },
    );
    link.dispatchEvent(click());
    expect(preventedByWidget).toBe(false);
  });

  it('does not fire nv-select for a click elsewhere in the entry', async () => {
    const el = await timeline('<nv-timeline from="2014-03-06" to="2014-03-06"></nv-timeline>');
    const chosen = choices(el);
    all(el, '[part="statement"] .issuers')[0]!.click();
    all(el, '[part="event"]')[0]?.click();
    expect(chosen).toEqual([]);
  });

  it('fires nv-error with a code', async () => {
    const el = mount<NvTimeline>('<nv-timeline event="nope"></nv-timeline>');
    const errors = errorsOf(el);
    await settled(el);
    expect(errors.map((e) => e.code)).toEqual(['unknown-id']);
  });
});

describe('nv-timeline: a page of phone width', () => {
  it('a long instrument symbol wraps inside the box rather than widening the page', async () => {
    const input = toCatalogJSON(catalog);
    const symbol = 'A/RES/68/262'.repeat(400);
    const own = new Catalog({
      ...input,
      instruments: input.instruments.map((i) => (i.id === 'unga-68-262' ? { ...i, symbol } : i)),
    });
    const page = mount<HTMLDivElement>(
      '<div style="width: 390px"><nv-timeline event="crimea-referendum-2014"></nv-timeline></div>',
    );
    const el = page.firstElementChild as NvTimeline;
    el.catalog = own;
    await settled(el);
    const symbols = el.shadowRoot!.querySelector('.symbols')!;
    expect(symbols.textContent).toBe(symbol);
    expect(symbols.getBoundingClientRect().right).toBeLessThanOrEqual(
      page.getBoundingClientRect().right,
    );
    expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});

describe('nv-timeline: languages and themes', () => {
  it('speaks Ukrainian: year counts with plurals, dates, titles, the vote label', async () => {
    const el = await timeline(
      '<nv-timeline lang="uk" event="annexation-referendums-2022"></nv-timeline>',
    );
    const text = shadowText(el);
    expect(text).toContain(`1 голосування · ${statementsIn('2022').length} заяв`);
    expect(text).toContain('23–27 вересня 2022');
    expect(text).toContain('Голосування');
    expect(text).toContain('Визнано недійсним: A/RES/ES-11/4');
    expect(text).toContain(catalog.get('civilmplus-2022-09').title.uk);
    expect(text).toContain('вересень 2022');
    expect(moreButtons(el)[0]!.textContent!.trim()).toMatch(
      /^Показати ще \d+ заяв(и|у)? за 2022 рік$/,
    );
  });

  itTakesTheLanguageOfThePage(
    '<div lang="uk"><nv-timeline from="2020" to="2020"></nv-timeline></div>',
    (el) => {
      expect(shadowText(el)).toContain('1 голосування · 1 заява');
      expect(all(el, '.timeline')[0]!.getAttribute('lang')).toBe('uk');
    },
  );

  it('follows the reader’s colour scheme with theme="auto"', async () => {
    const el = await timeline('<nv-timeline theme="auto" from="2020" to="2020"></nv-timeline>');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(getComputedStyle(all(el, '.timeline')[0]!).backgroundColor).toBe(
      dark ? 'rgb(23, 25, 29)' : 'rgb(255, 255, 255)',
    );
  });
});

describe('nv-timeline: errors', () => {
  itSaysWhatIsWrong('nv-timeline', '<a href="https://example.org/record">The record</a>', [
    { what: 'an unknown event', attributes: 'event="no-such-vote"', code: 'unknown-id' },
    { what: 'a from that is not a date', attributes: 'from="2022-13"' },
    { what: 'a to that is not a real day', attributes: 'to="2023-02-30"' },
    { what: 'a from after the to', attributes: 'from="2024" to="2022"' },
    { what: 'a limit that is not a number', attributes: 'limit="ten"' },
    { what: 'a bad theme', attributes: 'theme="neon"' },
    { what: 'an event id of 100,000 letters', attributes: `event="${'a'.repeat(100_000)}"` },
  ]);

  // In the widget's language.
  itSaysWhatIsWrong('nv-timeline lang="uk"', '<p>fallback</p>', [
    srcThat('fails', 500, 'not found', 'load-failed'),
  ]);

  // A copy: the subset shares its records with the bundled catalog.
  const broken = structuredClone(toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] }));
  broken.statements[0]!.date = 'yesterday';
  itSaysWhatIsWrong('nv-timeline', '', [
    srcThat('returns an invalid catalog', 200, JSON.stringify(broken), 'invalid-data'),
  ]);

  it('a src that is not http(s): invalid-attribute, nothing fetched', async () => {
    const fetching = vi.spyOn(globalThis, 'fetch');
    const el = mount<NvTimeline>('<nv-timeline src="javascript:alert(1)"></nv-timeline>');
    const errors = errorsOf(el);
    await settled(el);
    expect(errors.map((e) => e.code)).toEqual(['invalid-attribute']);
    expect(fetching).not.toHaveBeenCalled();
  });
});

describe('nv-timeline: keyboard', () => {
  it('Tab goes through the statements’ links, then the year’s button', async () => {
    const el = await timeline('<nv-timeline from="2014" to="2014" limit="2"></nv-timeline>');
    const links = all<HTMLAnchorElement>(el, 'a');
    expect(links).toHaveLength(2);
    for (const link of links) {
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe(link);
    }
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(moreButtons(el)[0]);
    expect(getComputedStyle(moreButtons(el)[0]!).outlineStyle).toBe('solid');
  });

  it('Enter on a link chooses the statement', async () => {
    const el = await timeline('<nv-timeline from="2014" to="2014" limit="1"></nv-timeline>');
    const chosen = choices(el);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual([statementIds(el)[0]]);
  });

  it('Enter on "show more" reveals the year and moves focus to the first statement it revealed', async () => {
    const el = await timeline('<nv-timeline from="2014" to="2014" limit="1"></nv-timeline>');
    const before = statementIds(el);
    moreButtons(el)[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const after = statementIds(el);
    expect(after).toHaveLength(statementsIn('2014').length);
    expect(moreButtons(el)).toEqual([]);
    const revealed = after.find((id) => !before.includes(id))!;
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.closest('li')!.dataset.entry).toBe(`statement:${revealed}`);
  });

  it('folds an open year back with the same button, which keeps the focus', async () => {
    const el = await timeline('<nv-timeline from="2014" to="2014" limit="1"></nv-timeline>');
    const before = statementIds(el);
    moreButtons(el)[0]!.click();
    await el.updateComplete;
    const less = all<HTMLButtonElement>(el, 'button[part="less"]')[0]!;
    expect(less.textContent!.trim()).toBe('Show fewer statements from 2014');
    less.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(statementIds(el)).toEqual(before);
    expect(el.shadowRoot!.activeElement).toBe(moreButtons(el)[0]);
    expect(moreButtons(el)[0]!.textContent!.trim()).toMatch(
      /^Show \d+ more statements? from 2014$/,
    );
  });
});

describe('nv-timeline: accessibility', () => {
  itHasNoAxeViolations(async ({ lang, theme }) => {
    const el = await timeline(
      `<nv-timeline from="2021" to="2022-10" lang="${lang}" theme="${theme}"></nv-timeline>`,
    );
    expect(await axeViolations(el)).toEqual([]);
    moreButtons(el)[0]?.click();
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });
});

function byStart(a: string, b: string): number {
  const start = (id: string) => catalog.events.find((e) => e.id === id)!.start;
  return start(a).localeCompare(start(b));
}
