import type { SetKey } from '@null-and-void/statements/engine';

/** The checkbox groups long enough to start collapsed; they come after the short ones. */
const COLLAPSED_CHECKBOX_FILTERS = [
  'theme',
  'callToAction',
  'legalRef',
  'year',
  'read',
  'lang',
] as const satisfies readonly SetKey[];
/**
 * The filters of the statements page, shared by the prerendered form and the script that runs
 * it: every set filter of the query API (`filter-ui.test.ts` checks them against the data
 * package's `SET_KEYS`), in the order a reader scans them.
 */
export const CHECKBOX_FILTERS = [
  'event',
  'region',
  'issuerKind',
  'kind',
  ...COLLAPSED_CHECKBOX_FILTERS,
] as const satisfies readonly SetKey[];
export const SELECT_FILTERS = [
  'issuer',
  'signatory',
  'speaker',
  'country',
] as const satisfies readonly SetKey[];
export const SET_FILTERS = [...CHECKBOX_FILTERS, ...SELECT_FILTERS] as const;
export type SetFilter = (typeof SET_FILTERS)[number];
export const DATE_FILTERS = ['from', 'to'] as const;

/** The same groups, to look one up. */
export const COLLAPSED_FILTERS: ReadonlySet<SetFilter> = new Set(COLLAPSED_CHECKBOX_FILTERS);

/** The URL query parameter of the search words. */
export const QUERY_PARAM = 'q';
/**
 * The longest search the page runs, in characters: longer words (a shared link, a paste) are cut
 * to it, with a note saying so, so that no search ties up the reader's tab. No title or summary
 * in the record needs more to be found.
 */
export const MAX_QUERY_LENGTH = 200;
export const SORT_PARAM = 'sort';
/** The URL query parameter of how many results are shown, a multiple of PAGE_SIZE. */
export const SHOWN_PARAM = 'shown';
/** How many results a page of the list shows, and how many more "Show more" adds. */
export const PAGE_SIZE = 20;
