/**
 * The statements page's view model, without a DOM: what the URL or the form asks for (a view),
 * what the catalog shows for it, and the constraints a reader can remove one by one.
 * `statements-engine.ts` reads the page into it and renders what it returns.
 */
import {
  type Catalog,
  type FacetCount,
  isValidPartialDate,
  type SearchHit,
  type Sort,
  type StatementFilter,
} from '@null-and-void/statements';
import { fill, type Lang } from '@null-and-void/widgets/format.js';
import {
  DATE_FILTERS,
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  QUERY_PARAM,
  SELECT_FILTERS,
  SET_FILTERS,
  type SetFilter,
  SHOWN_PARAM,
  SORT_PARAM,
} from '../filter-ui.js';
import { byLabel } from '../format.js';
import type { Strings } from '../i18n/en.js';

export type DateFilter = (typeof DATE_FILTERS)[number];
export type Dates = Partial<Record<DateFilter, string>>;

export interface View {
  /** The search words, at most MAX_QUERY_LENGTH characters. */
  q: string;
  /** Whether the words asked for were longer, and cut. */
  cut: boolean;
  /** An order the page offers, or '' for the default. */
  sort: string;
  sets: Map<SetFilter, string[]>;
  dates: Dates;
  /** How many of the results are listed: PAGE_SIZE, or more after "Show more". */
  shown: number;
}

export const EMPTY_VIEW: View = {
  q: '',
  cut: false,
  sort: '',
  sets: new Map(),
  dates: {},
  shown: PAGE_SIZE,
};

/**
 * How many results a `shown` parameter asks for: a whole number of pages, at least one. A
 * malformed value (a hand-edited link) shows the first page rather than failing.
 */
export function shownOf(raw: string | null): number {
  if (!raw || !/^\d{1,6}$/.test(raw)) return PAGE_SIZE;
  return Math.max(PAGE_SIZE, Math.ceil(Number(raw) / PAGE_SIZE) * PAGE_SIZE);
}

/** The view with one more page of results listed. */
export function showMore(view: View): View {
  return { ...view, shown: view.shown + PAGE_SIZE };
}

/** The ids of a view's results that are listed now, and how many the next page would add. */
export function pageOf(ids: readonly string[], shown: number): { listed: string[]; more: number } {
  const listed = ids.slice(0, shown);
  return { listed, more: Math.min(PAGE_SIZE, ids.length - listed.length) };
}

/** What the page's form offers: a view asks only for these. */
export interface Offer {
  /** The values each set filter offers, with their labels. */
  values: ReadonlyMap<SetFilter, ReadonlyMap<string, string>>;
  /** The orders the page offers: another one in a shared link falls back to the default. */
  sorts: ReadonlySet<string>;
  /** Each filter's label. */
  filterLabels: ReadonlyMap<string, string>;
}

/** One thing narrowing the view, which a chip shows and a reader can remove. */
export type Constraint =
  | { type: 'q' }
  | { type: 'set'; key: SetFilter; value: string }
  | { type: 'date'; key: DateFilter };

/** The statements a view shows, in order, with the counts beside the filters. */
export interface Shown {
  ids: string[];
  hits: readonly SearchHit[];
  facets: Readonly<Record<SetFilter, readonly FacetCount[]>>;
}

/** What a view whose filters cannot be applied shows: nothing, and no counts. */
export function nothingShown(): Shown {
  const facets = Object.fromEntries(SET_FILTERS.map((key) => [key, []]));
  return { ids: [], hits: [], facets: facets as unknown as Shown['facets'] };
}

/** Search words as the page runs them: trimmed, and cut to the longest search it runs. */
export function searchWords(text: string): { q: string; cut: boolean } {
  const words = text.trim();
  if (words.length <= MAX_QUERY_LENGTH) return { q: words, cut: false };
  const cut = words.slice(0, MAX_QUERY_LENGTH);
  // A letter outside the BMP is two code units: never keep half of one.
  const whole = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return { q: whole.trim(), cut: true };
}

const sortOf = (offer: Offer, value: string) => (offer.sorts.has(value) ? value : '');

function datesOf(get: (key: DateFilter) => string): Dates {
  const dates: Dates = {};
  for (const key of DATE_FILTERS) {
    const value = get(key).trim();
    if (value) dates[key] = value;
  }
  return dates;
}

/** The view a URL's query string asks for; values the page does not offer are dropped. */
export function viewFromParams(params: URLSearchParams, offer: Offer): View {
  const sets = new Map<SetFilter, string[]>();
  for (const key of SET_FILTERS) {
    // A mistyped id in a shared link is not a filter the reader can see or remove: drop it.
    const values = params.getAll(key).filter((v) => offer.values.get(key)?.has(v));
    if (values.length) sets.set(key, [...new Set(values)]);
  }
  return {
    ...searchWords(params.get(QUERY_PARAM) ?? ''),
    sort: sortOf(offer, params.get(SORT_PARAM) ?? ''),
    sets,
    dates: datesOf((key) => params.get(key) ?? ''),
    shown: shownOf(params.get(SHOWN_PARAM)),
  };
}

/**
 * The view the form asks for. A select shows one value: while it shows the first of the values
 * `current` (the URL's view) carried, the others are kept.
 */
export function viewFromForm(data: FormData, offer: Offer, current: View): View {
  const sets = new Map<SetFilter, string[]>();
  const selects: readonly SetFilter[] = SELECT_FILTERS;
  for (const key of SET_FILTERS) {
    const values = data.getAll(key).map(String).filter(Boolean);
    const carried = current.sets.get(key);
    const kept = selects.includes(key) && carried && values[0] === carried[0] ? carried : values;
    if (kept.length) sets.set(key, kept);
  }
  return {
    ...searchWords(String(data.get(QUERY_PARAM) ?? '')),
    sort: sortOf(offer, String(data.get(SORT_PARAM) ?? '')),
    sets,
    dates: datesOf((key) => String(data.get(key) ?? '')),
    // New words or filters give a new list: it starts again at its first page.
    shown: PAGE_SIZE,
  };
}

/** The query string of a view ('' for the whole list). */
export function queryOf(view: View): string {
  const params = new URLSearchParams();
  if (view.q) params.set(QUERY_PARAM, view.q);
  for (const [key, values] of view.sets) for (const value of values) params.append(key, value);
  for (const key of DATE_FILTERS) if (view.dates[key]) params.set(key, view.dates[key]);
  if (view.sort) params.set(SORT_PARAM, view.sort);
  if (view.shown > PAGE_SIZE) params.set(SHOWN_PARAM, String(view.shown));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What is wrong with a date filter: not a date, or a start after the end. */
export type DateProblem = { key: DateFilter; reason: 'format' } | { key: 'from'; reason: 'order' };

/**
 * The dates of a view the catalog accepts, and what is wrong with the others. A view with any
 * problem lists nothing: a list without the filter the reader asked for would pass for the
 * filtered one (the query API and the CLI refuse such dates too).
 */
export function checkDates(record: Catalog, view: View): { valid: Dates; problems: DateProblem[] } {
  const valid: Dates = {};
  const problems: DateProblem[] = [];
  for (const key of DATE_FILTERS) {
    const value = view.dates[key];
    if (value === undefined) continue;
    if (isValidPartialDate(value) && acceptsDate(record, key, value)) valid[key] = value;
    else problems.push({ key, reason: 'format' });
  }
  if (valid.from && valid.to && !acceptsDate(record, 'from', valid.from, valid.to)) {
    return { valid: {}, problems: [{ key: 'from', reason: 'order' }] };
  }
  return { valid, problems };
}

/** A date problem in words, as the page says it next to the field. */
export function dateProblemText(problem: DateProblem, view: View, t: Strings): string {
  if (problem.reason === 'order') {
    return fill(t.dateAfterEnd, { from: view.dates.from ?? '', to: view.dates.to ?? '' });
  }
  return fill(t.dateNotADate, { value: view.dates[problem.key] ?? '' });
}

/** Whether the query API takes the date (and, given `to`, the range from it). */
function acceptsDate(record: Catalog, key: DateFilter, value: string, to?: string): boolean {
  try {
    record.query({ [key]: value, ...(to ? { to } : {}) }, { limit: 0 });
    return true;
  } catch {
    return false;
  }
}

function filterOf(view: View, dates: Dates, without?: Constraint): StatementFilter {
  const filter: Record<string, string[] | string> = {};
  for (const [key, values] of view.sets) {
    const kept =
      without?.type === 'set' && without.key === key
        ? values.filter((v) => v !== without.value)
        : values;
    if (kept.length) filter[key] = kept;
  }
  for (const key of DATE_FILTERS) {
    if (dates[key] && !(without?.type === 'date' && without.key === key)) filter[key] = dates[key];
  }
  return filter as StatementFilter;
}

/**
 * The statements of a view (less one constraint, if given), in order, with the counts beside
 * the filters from the same call: each filter's counts apply the words and every other filter
 * (what ticking would add).
 */
export function show(
  record: Catalog,
  view: View,
  dates: Dates,
  without?: Constraint,
  lang: Lang = 'en',
): Shown {
  const filter = filterOf(view, dates, without);
  const q = without?.type === 'q' ? '' : view.q;
  if (q) {
    const sort = (view.sort || 'relevance') as Sort | 'relevance';
    const result = record.search(q, filter, { sort, facets: SET_FILTERS });
    const ids = inTitleOrder(
      record,
      result.items.map((h) => h.statement.id),
      view.sort,
      lang,
    );
    return { ids, hits: result.items, facets: result.facets };
  }
  const sort = (view.sort && view.sort !== 'relevance' ? view.sort : '-date') as Sort;
  const result = record.query(filter, { sort, facets: SET_FILTERS });
  const ids = inTitleOrder(
    record,
    result.items.map((s) => s.id),
    view.sort,
    lang,
  );
  return { ids, hits: [], facets: result.facets };
}

/**
 * The catalog orders titles by their English wording: a page in another language orders them
 * by the titles it shows, in that language's alphabet. Other orders are left as they are.
 */
function inTitleOrder(record: Catalog, ids: string[], sort: string, lang: Lang): string[] {
  if (lang === 'en' || (sort !== 'title' && sort !== '-title')) return ids;
  const titled = ids.map((id) => ({ id, title: record.get(id).title[lang] }));
  titled.sort(byLabel(lang, (s) => s.title));
  if (sort === '-title') titled.reverse();
  return titled.map((s) => s.id);
}

/** What narrows a view, in the order the chips show it. */
export function constraintsOf(view: View, dates: Dates): Constraint[] {
  return [
    ...(view.q ? [{ type: 'q' } as const] : []),
    ...[...view.sets].flatMap(([key, values]) =>
      values.map((value) => ({ type: 'set', key, value }) as const),
    ),
    ...DATE_FILTERS.filter((key) => dates[key]).map((key) => ({ type: 'date', key }) as const),
  ];
}

/** A constraint in words, as its chip says it: "Filter: value". */
export function labelOf(view: View, constraint: Constraint, t: Strings, offer: Offer): string {
  if (constraint.type === 'q') return `${t.filterQuery}: ${view.q}`;
  if (constraint.type === 'date') {
    return `${constraint.key === 'from' ? t.fromLabel : t.toLabel}: ${view.dates[constraint.key]}`;
  }
  const value = offer.values.get(constraint.key)?.get(constraint.value) ?? constraint.value;
  return `${offer.filterLabels.get(constraint.key)}: ${value}`;
}

/** The view less one constraint. */
export function without(view: View, constraint: Constraint): View {
  if (constraint.type === 'q') return { ...view, q: '', cut: false };
  if (constraint.type === 'date') {
    const dates = { ...view.dates };
    delete dates[constraint.key];
    return { ...view, dates };
  }
  const sets = new Map(view.sets);
  const rest = (sets.get(constraint.key) ?? []).filter((v) => v !== constraint.value);
  if (rest.length) sets.set(constraint.key, rest);
  else sets.delete(constraint.key);
  return { ...view, sets };
}

/** For a view that shows nothing: the (at most four) constraints whose removal shows the most. */
export function loosenings(
  record: Catalog,
  view: View,
  dates: Dates,
  constraints: readonly Constraint[],
): { constraint: Constraint; n: number }[] {
  return constraints
    .map((constraint) => ({ constraint, n: show(record, view, dates, constraint).ids.length }))
    .filter((s) => s.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 4);
}
