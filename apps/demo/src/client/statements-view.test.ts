import { catalog } from '@null-and-void/statements';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../filter-ui.js';
import { en } from '../i18n/en.js';
import {
  checkDates,
  constraintsOf,
  EMPTY_VIEW,
  labelOf,
  loosenings,
  type Offer,
  queryOf,
  searchWords,
  show,
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
  it('flags a malformed date and ignores a range that ends before it starts', () => {
    const bad = checkDates(catalog, { ...EMPTY_VIEW, dates: { from: '2022-13', to: '2023' } });
    expect(bad).toEqual({ valid: { to: '2023' }, invalid: ['from'] });
    const backwards = checkDates(catalog, { ...EMPTY_VIEW, dates: { from: '2024', to: '2022' } });
    expect(backwards).toEqual({ valid: {}, invalid: [] });
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
