import { catalog } from '@null-and-void/statements';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, PAGE_SIZE } from '../filter-ui.js';
import { en } from '../i18n/en.js';
import { uk } from '../i18n/uk.js';
import {
  checkDates,
  constraintsOf,
  dateProblemText,
  EMPTY_VIEW,
  labelOf,
  loosenings,
  type Offer,
  pageOf,
  queryOf,
  searchWords,
  show,
  showMore,
  type View,
  viewFromForm,
  viewFromParams,
  without,
} from './statements-view.js';

// Two kinds and one issuer the record has, as the page's form would offer them.
const kinds = [...new Set(catalog.statements.map((s) => s.kind))].slice(0, 2) as string[];
const [kindA, kindB] = kinds as [string, string];
const issuer = catalog.statements[0]!.issuers[0]! as string;
const offer: Offer = {
  values: new Map([
    ['kind', new Map(kinds.map((k) => [k, `Kind ${k}`]))],
    ['issuer', new Map([[issuer, 'The issuer']])],
  ]),
  sorts: new Set(['', 'relevance', 'date', '-date']),
  filterLabels: new Map([
    ['kind', 'Kind'],
    ['issuer', 'Issuer'],
  ]),
};
const params = (query: string) => new URLSearchParams(query);

describe('URL ↔ view', () => {
  it('keeps only the values and orders the page offers, once each', () => {
    const view = viewFromParams(
      params(`kind=${kindA}&kind=nonsense&kind=${kindA}&sort=sideways&from=2022`),
      offer,
    );
    expect(view.sets.get('kind')).toEqual([kindA]);
    expect(view.sort).toBe('');
    expect(view.dates).toEqual({ from: '2022' });
  });

  it('writes a view back to the query string it was read from', () => {
    const query = `?q=referendum&kind=${kindA}&kind=${kindB}&from=2022-09&sort=date`;
    expect(queryOf(viewFromParams(params(query), offer))).toBe(query);
    expect(queryOf(EMPTY_VIEW)).toBe('');
  });

  it('cuts words longer than the page searches, and says so', () => {
    expect(searchWords('  sham vote ')).toEqual({ q: 'sham vote', cut: false });
    const long = searchWords('a'.repeat(MAX_QUERY_LENGTH + 5));
    expect(long).toEqual({ q: 'a'.repeat(MAX_QUERY_LENGTH), cut: true });
    // Never half of a letter outside the BMP.
    const emoji = searchWords(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`);
    expect(emoji).toEqual({ q: 'a'.repeat(MAX_QUERY_LENGTH - 1), cut: true });
  });

  it('keeps the values a select cannot show while it shows the first of them', () => {
    const current: View = { ...EMPTY_VIEW, sets: new Map([['issuer', [issuer, 'other']]]) };
    const data = new FormData();
    data.append('issuer', issuer);
    expect(viewFromForm(data, offer, current).sets.get('issuer')).toEqual([issuer, 'other']);
    const changed = new FormData();
    changed.append('issuer', 'another');
    expect(viewFromForm(changed, offer, current).sets.get('issuer')).toEqual(['another']);
  });
});

describe('dates', () => {
  it('flags a malformed date, and a range that ends before it starts', () => {
    const bad = checkDates(catalog, { ...EMPTY_VIEW, dates: { from: '2022-13', to: '2023' } });
    expect(bad).toEqual({ valid: { to: '2023' }, problems: [{ key: 'from', reason: 'format' }] });
    const backwards = { ...EMPTY_VIEW, dates: { from: '2025', to: '2014' } };
    expect(checkDates(catalog, backwards)).toEqual({
      valid: {},
      problems: [{ key: 'from', reason: 'order' }],
    });
  });

  it('says what is wrong with a date in words, in both languages', () => {
    const bad = { ...EMPTY_VIEW, dates: { from: '2022-13' } };
    const [problem] = checkDates(catalog, bad).problems;
    expect(dateProblemText(problem!, bad, en)).toBe(
      '“2022-13” is not a date. Write a year (2022), a month (2022-09) or a day (2022-09-30).',
    );
    expect(dateProblemText(problem!, bad, uk)).toMatch(/^«2022-13» — не дата\./);
    const backwards = { ...EMPTY_VIEW, dates: { from: '2025', to: '2014' } };
    const [order] = checkDates(catalog, backwards).problems;
    expect(dateProblemText(order!, backwards, en)).toBe(
      'The start date (2025) is after the end date (2014), so no statement can match.',
    );
    expect(dateProblemText(order!, backwards, uk)).toBe(
      'Початкова дата (2025) пізніша за кінцеву (2014), тож жодна заява не може підійти.',
    );
  });
});

describe('order', () => {
  it('orders titles on a Ukrainian page by their Ukrainian wording, in its alphabet', () => {
    const view = { ...EMPTY_VIEW, sort: 'title' };
    const ids = show(catalog, view, {}, undefined, 'uk').ids;
    const titleOf = new Map<string, string>(catalog.statements.map((s) => [s.id, s.title.uk]));
    const titles = ids.map((id) => titleOf.get(id) ?? id);
    const collator = new Intl.Collator('uk');
    expect([...titles].sort(collator.compare)).toEqual(titles);
    // Not the English order under Ukrainian titles.
    expect(ids).not.toEqual(show(catalog, view, {}).ids);
    const descending = show(catalog, { ...view, sort: '-title' }, {}, undefined, 'uk').ids;
    expect(descending).toEqual([...ids].reverse());
  });
});

describe('paging', () => {
  it('reads and writes how many results are listed, in whole pages', () => {
    expect(EMPTY_VIEW.shown).toBe(PAGE_SIZE);
    expect(viewFromParams(params('shown=40'), offer).shown).toBe(40);
    expect(viewFromParams(params('shown=41'), offer).shown).toBe(60);
    for (const bad of ['', '0', '-20', 'all', '1e3', '9999999']) {
      expect(viewFromParams(params(`shown=${bad}`), offer).shown).toBe(PAGE_SIZE);
    }
    const query = `?q=referendum&kind=${kindA}&shown=60`;
    expect(queryOf(viewFromParams(params(query), offer))).toBe(query);
    // The first page is the default: a link to it carries no `shown`.
    expect(queryOf({ ...EMPTY_VIEW, q: 'vote' })).toBe('?q=vote');
  });

  it('adds one page at a time, and says how many the next page adds', () => {
    const ids = Array.from({ length: 47 }, (_, i) => `s${i}`);
    expect(pageOf(ids, PAGE_SIZE)).toEqual({ listed: ids.slice(0, 20), more: 20 });
    const second = showMore(EMPTY_VIEW);
    expect(second.shown).toBe(40);
    expect(pageOf(ids, second.shown)).toEqual({ listed: ids.slice(0, 40), more: 7 });
    expect(pageOf(ids, showMore(second).shown)).toEqual({ listed: ids, more: 0 });
    expect(pageOf(ids.slice(0, 3), PAGE_SIZE)).toEqual({ listed: ids.slice(0, 3), more: 0 });
  });

  it('starts a new search or filter at the first page', () => {
    const data = new FormData();
    data.set('q', 'vote');
    const current = { ...EMPTY_VIEW, shown: 80 };
    expect(viewFromForm(data, offer, current).shown).toBe(PAGE_SIZE);
  });
});

describe('constraints', () => {
  const view = viewFromParams(params(`q=vote&kind=${kindA}&kind=${kindB}&to=2023`), offer);

  it('lists each thing narrowing the view, in words, and removes one at a time', () => {
    const constraints = constraintsOf(view, view.dates);
    expect(constraints.map((c) => labelOf(view, c, en, offer))).toEqual([
      `${en.filterQuery}: vote`,
      `Kind: Kind ${kindA}`,
      `Kind: Kind ${kindB}`,
      `${en.toLabel}: 2023`,
    ]);
    const less = without(view, constraints[1]!);
    expect(less.sets.get('kind')).toEqual([kindB]);
    expect(queryOf(without(less, constraints[2]!))).toBe('?q=vote&to=2023');
  });

  it('shows what the catalog finds for a view, newest first without words', () => {
    const one = viewFromParams(params(`kind=${kindA}`), offer);
    const { ids, facets } = show(catalog, one, one.dates);
    const expected = catalog.statements.filter((s) => s.kind === kindA);
    expect(ids.length).toBe(expected.length);
    const dates = ids.map((id) => catalog.statements.find((s) => s.id === id)!.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(facets.kind.find((f) => f.value === kindB)?.count).toBe(
      catalog.statements.filter((s) => s.kind === kindB).length,
    );
  });

  it('suggests the removals that show the most when nothing is found', () => {
    const none = viewFromParams(params(`q=zzzzqqqqxxxx&kind=${kindA}`), offer);
    expect(show(catalog, none, none.dates).ids).toEqual([]);
    const loosen = loosenings(catalog, none, none.dates, constraintsOf(none, none.dates));
    expect(loosen).toEqual([
      { constraint: { type: 'q' }, n: show(catalog, without(none, { type: 'q' }), {}).ids.length },
    ]);
    expect(loosen[0]!.n).toBeGreaterThan(0);
  });
});
