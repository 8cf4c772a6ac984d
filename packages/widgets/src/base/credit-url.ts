import type { StatementFilter } from '@null-and-void/statements/engine';
import type { Lang } from '../i18n/index.js';

/**
 * The site that served the bundle, if a site of ours did: the demo site serves the CDN bundles
 * at `<site>/widgets/<file>.js`. Anywhere else (an npm user's own bundle, a package CDN) there is
 * no site to link to.
 */
export function siteOf(moduleUrl: string): URL | undefined {
  const url = new URL(moduleUrl);
  return /\/widgets\/[^/]+\.js$/.test(url.pathname) ? new URL('../', url) : undefined;
}

/**
 * The address of a page of `site` (`path` from `…Path` below), in the widget's language
 * (Ukrainian pages are under `/uk/`); `undefined` without a site.
 */
export function pageUrl(site: URL | undefined, lang: Lang, path: string): string | undefined {
  return site && new URL(`${lang === 'uk' ? 'uk/' : ''}${path}`, site).href;
}

const SITE = siteOf(import.meta.url);

/** A page of the site that served this bundle, if one did: what a widget's credit links to. */
export const creditUrl = (path: string, lang: Lang): string | undefined =>
  pageUrl(SITE, lang, path);

const segment = encodeURIComponent;

/** A statement's page. */
export const statementPath = (id: string): string => `statements/${segment(id)}/`;

/** A quote's page; `quote` counts from 0 as the widgets' attribute does, the page from 1. */
export const quotePath = (id: string, quote: number): string =>
  `${statementPath(id)}quotes/${quote + 1}/`;

/** A vote event's page. */
export const eventPath = (id: string): string => `events/${segment(id)}/`;

/** A legal instrument's page (a UN vote). */
export const instrumentPath = (id: string): string => `instruments/${segment(id)}/`;

/** The map of a UN vote, on a page of its own below the instrument's. */
export const voteMapPath = (id: string): string => `${instrumentPath(id)}map/`;

/**
 * The statements page showing a view: each filter key is the page's query key, repeated per
 * value; `q` the search text; `sort` unless it is the page's default.
 */
export function statementsPath(filter: StatementFilter, text = '', sort = '-date'): string {
  const query = new URLSearchParams();
  for (const [key, values] of Object.entries(filter)) {
    for (const value of [values ?? []].flat()) query.append(key, String(value));
  }
  if (text) query.append('q', text);
  if (sort !== '-date') query.append('sort', sort);
  const search = query.toString();
  return search ? `statements/?${search}` : 'statements/';
}
