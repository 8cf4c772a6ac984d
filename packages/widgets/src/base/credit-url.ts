import type { StatementFilter } from '@null-and-void/statements/engine';
import type { Lang } from '../i18n/index.js';

/**
 * The site a widget links to: the site that served the bundle, if a site of ours did (the demo
 * site serves the CDN bundles at `<site>/widgets/<file>.js`), else `builtFor` (the project's
 * site, for a bundle loaded from a package CDN or bundled by an app); none without either.
 */
export function siteOf(moduleUrl: string, builtFor?: string): URL | undefined {
  const url = new URL(moduleUrl);
  if (/\/widgets\/[^/]+\.js$/.test(url.pathname)) return new URL('../', url);
  return builtFor ? new URL(builtFor.endsWith('/') ? builtFor : `${builtFor}/`) : undefined;
}

/**
 * The address of a page of `site` (`path` from `…Path` below), in the widget's language
 * (Ukrainian pages are under `/uk/`); `undefined` without a site.
 */
export function pageUrl(site: URL | undefined, lang: Lang, path: string): string | undefined {
  return site && new URL(`${lang === 'uk' ? 'uk/' : ''}${path}`, site).href;
}

/**
 * The project's site (`PROJECT_SITE`), as every build writes it in (`SITE_DEFINE`, esbuild's
 * `define`); not defined where the sources run as they are (the unit tests), which link nowhere.
 */
declare const __NV_SITE__: string | undefined;

const SITE = siteOf(import.meta.url, typeof __NV_SITE__ === 'string' ? __NV_SITE__ : undefined);

/** A page of the site that served this bundle, else of the project's site: a credit's link. */
export const creditUrl = (path: string, lang: Lang): string | undefined =>
  pageUrl(SITE, lang, path);

const segment = encodeURIComponent;

/**
 * A statement's page.
 * @example
 * ```ts
 * import { statementPath } from '@null-and-void/widgets/attributes.js';
 * statementPath('nato-2022-09-22'); // "statements/nato-2022-09-22/"
 * ```
 */
export const statementPath = (id: string): string => `statements/${segment(id)}/`;

/**
 * A quote's page; `quote` counts from 0 as the widgets' attribute does, the page from 1.
 * @example
 * ```ts
 * import { quotePath } from '@null-and-void/widgets/attributes.js';
 * // The widgets' `quote="0"` is the page's first quote.
 * quotePath('nato-2022-09-22', 0); // "statements/nato-2022-09-22/quotes/1/"
 * ```
 */
export const quotePath = (id: string, quote: number): string =>
  `${statementPath(id)}quotes/${quote + 1}/`;

/**
 * A vote event's page.
 * @example
 * ```ts
 * import { eventPath } from '@null-and-void/widgets/attributes.js';
 * eventPath('crimea-referendum-2014'); // "events/crimea-referendum-2014/"
 * ```
 */
export const eventPath = (id: string): string => `events/${segment(id)}/`;

/**
 * A legal instrument's page (a UN vote).
 * @example
 * ```ts
 * import { instrumentPath } from '@null-and-void/widgets/attributes.js';
 * instrumentPath('unga-68-262'); // "instruments/unga-68-262/"
 * ```
 */
export const instrumentPath = (id: string): string => `instruments/${segment(id)}/`;

/**
 * The map of a UN vote, on a page of its own below the instrument's.
 * @example
 * ```ts
 * import { voteMapPath } from '@null-and-void/widgets/attributes.js';
 * voteMapPath('unga-68-262'); // "instruments/unga-68-262/map/"
 * ```
 */
export const voteMapPath = (id: string): string => `${instrumentPath(id)}map/`;

/**
 * The statements page showing a view: each filter key is the page's query key, repeated per
 * value; `q` the search text; `sort` unless it is the page's default.
 * @example
 * ```ts
 * import { statementsPath } from '@null-and-void/widgets/attributes.js';
 * const page = new URL(statementsPath({ region: 'UA-65', issuerKind: 'state' }, 'Kherson'), 'https://example.org/');
 * console.log(page.pathname, page.searchParams.get('region'), page.searchParams.get('q'));
 * ```
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
