/**
 * The site's page addresses (without the language prefix), in a module of their own so that
 * browser code (the embed builder) and the prerender share them without the site settings. The
 * pages the widgets link to (their credit line) take their addresses from the widgets package,
 * so that a widget's link and the page it names cannot drift apart.
 */
import {
  eventPath,
  instrumentPath,
  quotePath,
  statementPath,
  voteMapPath,
} from '@null-and-void/widgets/attributes.js';

export const paths = {
  statement: (id: string) => `/${statementPath(id)}`,
  /** One quote of a statement; `n` counts from 1 (the widgets' `quote` attribute from 0). */
  quote: (id: string, n: number) => `/${quotePath(id, n - 1)}`,
  actor: (id: string) => `/actors/${id}/`,
  event: (id: string) => `/${eventPath(id)}`,
  region: (code: string) => `/regions/${code}/`,
  instrument: (id: string) => `/${instrumentPath(id)}`,
  /** Every correction of every record. */
  corrections: '/corrections/',
  /** The index of each kind of record, in the order the navigation lists them. */
  indexes: {
    events: '/events/',
    actors: '/actors/',
    instruments: '/instruments/',
    regions: '/regions/',
  },
  about: '/about/',
  method: '/method/',
  contact: '/contact/',
  countries: '/countries/',
  /** A UN member's page, by ISO alpha-2 code in lower case. */
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  matrix: '/countries/matrix/',
  /** The world map of an instrument's vote. */
  voteMap: (id: string) => `/${voteMapPath(id)}`,
  /** The statements list opened on one filter value. */
  filtered: (key: string, value: string) =>
    `/statements/?${new URLSearchParams({ [key]: value }).toString()}`,
};
