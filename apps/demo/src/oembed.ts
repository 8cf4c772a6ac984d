/**
 * The oEmbed endpoint (oembed.com, version 1.0): from the address of one of the site's pages to
 * the embed of what that page shows. Pure: the server hands in the query string and writes out
 * the answer, so every answer can be checked without a network.
 */
import { SORTS, type Statement } from '@null-and-void/statements';
import { FILTER_ATTRIBUTES as WIDGET_FILTER_ATTRIBUTES } from '@null-and-void/widgets/attributes.js';
import { actorName, eventName, instrumentName, paths, regionName } from './components.js';
import { embedCard } from './embed-card.js';
import { QUERY_PARAM, SET_FILTERS, type SetFilter, SORT_PARAM } from './filter-ui.js';
import { formatDate } from './format.js';
import { escapeHtml } from './html.js';
import { fill, type Lang, strings } from './i18n/index.js';
import { shareImagePath } from './images/paths.js';
import { localPath } from './layout.js';
import { stableFrameId } from './pages/embed-panel.js';
import { quoteTitle } from './pages/quote.js';
import { filterLabel, optionsOf } from './pages/statements.js';
import { record } from './record.js';
import { absolute, BASE_PATH, SITE_NAME, SITE_ORIGIN } from './site.js';
import { framePath, type Widget } from './snippets.js';

export interface OembedAnswer {
  status: number;
  headers: Record<string, string>;
  /** JSON: the oEmbed document, or `{ status, error }` with a message saying what was wrong. */
  body: string;
}

/** A request the endpoint refuses, with the oEmbed spec's status for it. */
class OembedError extends Error {
  constructor(
    readonly status: 400 | 404 | 501,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (message: string) => new OembedError(404, message);

/** What one page's embed shows, and how the answer describes it. */
interface EmbedView {
  lang: Lang;
  /** The page's path without the language prefix or query: its share image. */
  path: string;
  /** The page's own address (the statements list with its view's query). */
  url: string;
  widget: Widget;
  attributes: Record<string, string>;
  /** What is inside: the answer's, the frame's and the link card's title. */
  title: string;
  /** Who and when, after the title in the link card. */
  byline?: string;
  /** The issuer (or speaker) where there is one; else the site. */
  author?: { name: string; url: string };
}

const DEFAULT_WIDTH = 640;
/**
 * The frame's height before it reports its own (embed.js, or WordPress, then sizes it to its
 * content): about what each widget needs at the default width.
 */
const INITIAL_HEIGHT: Record<Widget, number> = {
  statement: 420,
  quote: 300,
  'statement-list': 900,
  search: 900,
  timeline: 600,
  tally: 360,
  'vote-map': 1100,
};
const THUMBNAIL = { width: 1200, height: 630 };
/** A day: the record changes by corrections, not by the minute. */
const CACHE_AGE = 86_400;

/**
 * The statements page's URL keys of a view, as widget attributes: the widgets' own table read
 * backwards (the page's keys are the query API's filter keys, e.g. `theme` → `topic`).
 */
const FILTER_ATTRIBUTES = Object.fromEntries(
  Object.entries(WIDGET_FILTER_ATTRIBUTES).map(([attribute, key]) => [key, attribute]),
) as Record<SetFilter, string>;
const DATE_KEYS = ['from', 'to'] as const;
const VIEW_KEYS: readonly string[] = [QUERY_PARAM, SORT_PARAM, ...DATE_KEYS, ...SET_FILTERS];

/** The view keys of a statements page query, re-encoded, without empty values or other keys. */
export function viewQuery(search: string | URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(search);
  return new URLSearchParams(
    [...params].filter(([key, value]) => VIEW_KEYS.includes(key) && value.trim() !== ''),
  );
}

/** Answers `GET /oembed?url=…&format=json[&maxwidth=…&maxheight=…]`. */
export function oembedResponse(query: URLSearchParams): OembedAnswer {
  try {
    const format = query.get('format') || 'json';
    if (format !== 'json') {
      throw new OembedError(501, `Only format=json is answered here; got format=${format}.`);
    }
    const address = query.get('url')?.trim();
    if (!address) {
      throw new OembedError(
        400,
        'The url parameter is missing: ask for /oembed?url=<the address of a Null & Void page>&format=json.',
      );
    }
    const maxwidth = pixels(query, 'maxwidth');
    const maxheight = pixels(query, 'maxheight');
    return answer(200, oembedDocument(viewOf(address), maxwidth, maxheight));
  } catch (error) {
    if (error instanceof OembedError) {
      return answer(error.status, { status: error.status, error: error.message });
    }
    throw error;
  }
}

function answer(status: number, body: object): OembedAnswer {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    },
    body: `${JSON.stringify(body, null, 2)}\n`,
  };
}

/** `maxwidth` or `maxheight`: absent, or a whole number of pixels from 1. */
function pixels(query: URLSearchParams, name: 'maxwidth' | 'maxheight'): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) {
    throw new OembedError(
      400,
      `${name} must be a whole number of pixels from 1 to 999999; got "${value}".`,
    );
  }
  return Number(value);
}

/** The page an address names: its language, its path without the prefix, and its query. */
function pageOf(address: string): { lang: Lang; path: string; search: string } {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw notFound(`"${address}" is not an absolute address; pass a page's full URL.`);
  }
  const site = absolute('/');
  if (url.origin !== SITE_ORIGIN || !`${url.pathname}/`.startsWith(BASE_PATH)) {
    throw notFound(`${url.href} is not a page of this site (${site}).`);
  }
  let path = `/${url.pathname.slice(BASE_PATH.length)}`.replace(/\/index\.html$/, '/');
  if (!path.endsWith('/')) path += '/';
  const lang: Lang = path.startsWith('/uk/') ? 'uk' : 'en';
  if (lang === 'uk') path = path.slice('/uk'.length);
  return { lang, path, search: url.search };
}

type Route = (lang: Lang, match: string[], search: string) => EmbedView;

/** The embeddable pages' paths (without the language prefix), and the view of each. */
const ROUTES: [RegExp, Route][] = [
  [/^\/statements\/$/, (lang, _, search) => listView(lang, search)],
  [/^\/statements\/([^/]+)\/$/, (lang, [id]) => statementView(lang, statementOf(id!))],
  [
    /^\/statements\/([^/]+)\/quotes\/([^/]+)\/$/,
    (lang, [id, n]) => quoteView(lang, statementOf(id!), n!),
  ],
  [/^\/events\/([^/]+)\/$/, (lang, [id]) => eventView(lang, id!)],
  [/^\/actors\/([^/]+)\/$/, (lang, [id]) => actorView(lang, id!)],
  [/^\/regions\/([^/]+)\/$/, (lang, [code]) => regionView(lang, code!)],
  [/^\/instruments\/([^/]+)\/((?:map\/)?)$/, (lang, [id, page]) => voteView(lang, id!, page!)],
];

/** Which embed shows the page at an address. */
function viewOf(address: string): EmbedView {
  const { lang, path, search } = pageOf(address);
  for (const [pattern, view] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return view(lang, match.slice(1), search);
  }
  throw notFound(
    `${address} is not a page that can be embedded: give the address of a statement, a quote, a vote event, an actor, a region, a UN vote, a UN vote's map or the statements list.`,
  );
}

/**
 * The embed that shows a page of the site (its path without the language prefix), for the page's
 * own "Embed this" panel; undefined for a page that has none (an actor that issued nothing).
 */
export function pageEmbed(
  lang: Lang,
  path: string,
): Pick<EmbedView, 'widget' | 'attributes' | 'title'> | undefined {
  try {
    const { widget, attributes, title } = viewOf(absolute(localPath(lang, path)));
    return { widget, attributes, title };
  } catch (error) {
    if (error instanceof OembedError) return undefined;
    throw error;
  }
}

/** Runs a catalog lookup, answering 404 with the catalog's own message for an unknown id. */
function lookup<T>(find: () => T): T {
  try {
    return find();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'UNKNOWN_ID' && error instanceof Error) throw notFound(error.message);
    throw error;
  }
}

function statementOf(id: string): Statement {
  return lookup(() => record.get(id));
}

const byline = (lang: Lang, statement: Statement) =>
  `${statement.issuers.map((id) => actorName(lang, id)).join(', ')}, ${formatDate(lang, statement.date)}`;

const actorAuthor = (lang: Lang, id: string) => ({
  name: actorName(lang, id),
  url: absolute(localPath(lang, paths.actor(id))),
});

function statementView(lang: Lang, statement: Statement): EmbedView {
  const path = paths.statement(statement.id);
  const [only, ...others] = statement.issuers;
  return {
    lang,
    path,
    url: absolute(localPath(lang, path)),
    widget: 'statement',
    attributes: { statement: statement.id },
    title: statement.title[lang],
    byline: byline(lang, statement),
    ...(only && others.length === 0 ? { author: actorAuthor(lang, only) } : {}),
  };
}

function quoteView(lang: Lang, statement: Statement, n: string): EmbedView {
  const index = Number(n) - 1;
  if (!/^[1-9]\d*$/.test(n) || index >= statement.quotes.length) {
    const count = statement.quotes.length;
    throw notFound(
      `Statement ${statement.id} has ${count === 1 ? 'one quote' : `${count || 'no'} quotes`}, numbered from 1; there is no quote ${n}.`,
    );
  }
  const path = paths.quote(statement.id, index + 1);
  return {
    lang,
    path,
    url: absolute(localPath(lang, path)),
    widget: 'quote',
    attributes: { statement: statement.id, quote: String(index) },
    title: quoteTitle(lang, statement, index),
    byline: `${statement.title[lang]}, ${formatDate(lang, statement.date)}`,
    author: actorAuthor(lang, statement.quotes[index]!.speaker),
  };
}

/** A list of statements on a record's page. */
function listOn(lang: Lang, path: string, attributes: Record<string, string>, title: string) {
  return {
    lang,
    path,
    url: absolute(localPath(lang, path)),
    widget: 'statement-list',
    attributes,
    title,
  } satisfies EmbedView;
}

function eventView(lang: Lang, id: string): EmbedView {
  const name = lookup(() => eventName(lang, id));
  return listOn(lang, paths.event(id), { event: id }, fill(strings(lang).oembedAbout, { name }));
}

function actorView(lang: Lang, id: string): EmbedView {
  const name = lookup(() => actorName(lang, id));
  if (record.query({ issuer: id }, { limit: 0 }).total === 0) {
    throw notFound(
      `${actorName('en', id)} issued no statement in the record, so its page has no list to embed.`,
    );
  }
  return {
    ...listOn(lang, paths.actor(id), { issuer: id }, fill(strings(lang).oembedActor, { name })),
    author: actorAuthor(lang, id),
  };
}

function regionView(lang: Lang, code: string): EmbedView {
  if (!record.regions.some((r) => r.code === code)) {
    throw notFound(
      `Unknown region code "${code}"; the record's regions are ${record.regions.map((r) => r.code).join(', ')}.`,
    );
  }
  const name = regionName(lang, code);
  return listOn(
    lang,
    paths.region(code),
    { region: code },
    fill(strings(lang).oembedAbout, { name }),
  );
}

/** The embeds of a UN vote, by the page under the instrument's path: its tally, or its map. */
const VOTE_VIEWS = {
  '': { widget: 'tally', path: paths.instrument, title: 'oembedVote' },
  'map/': { widget: 'vote-map', path: paths.voteMap, title: 'oembedVoteMap' },
} as const;

/**
 * A UN vote as its tally or its world map. An instrument without a recorded vote has no map (404)
 * and shows, on its own page, the statements citing it.
 */
function voteView(lang: Lang, id: string, page: string): EmbedView {
  const instrument = lookup(() => record.instrument(id));
  const t = strings(lang);
  const name = instrumentName(lang, id);
  if (page !== '' && page !== 'map/') throw notFound(`${page} is not a page of ${id}.`);
  if (!instrument.votes) {
    if (page === 'map/') throw notFound(`${id} has no recorded vote, so no map.`);
    return listOn(lang, paths.instrument(id), { 'legal-ref': id }, fill(t.oembedCiting, { name }));
  }
  const view = VOTE_VIEWS[page];
  const path = view.path(id);
  return {
    lang,
    path,
    url: absolute(localPath(lang, path)),
    widget: view.widget,
    attributes: { instrument: id },
    title: fill(t[view.title], { name }),
    byline: formatDate(lang, instrument.date),
  };
}

const offered = new Map<string, Map<string, string>>();
/** The values the statements page offers for a filter, with their labels. */
function valuesOf(lang: Lang, key: SetFilter): Map<string, string> {
  let values = offered.get(`${lang} ${key}`);
  if (!values) {
    values = new Map(optionsOf(lang, key).map((o) => [o.value, o.label]));
    offered.set(`${lang} ${key}`, values);
  }
  return values;
}

/** The statements list with a view in its query string, as a list or (with search words) a search. */
function listView(lang: Lang, search: string): EmbedView {
  const t = strings(lang);
  const params = new URLSearchParams(search);
  for (const key of new Set(params.keys())) {
    if (!VIEW_KEYS.includes(key)) {
      throw notFound(
        `The statements list has no "${key}" parameter, so the embed could not show the same list; its parameters are ${VIEW_KEYS.join(', ')}.`,
      );
    }
  }
  const attributes: Record<string, string> = {};
  const described: string[] = [];
  for (const key of SET_FILTERS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean);
    if (values.length === 0) continue;
    const labels = values.map((value) => {
      const label = valuesOf(lang, key).get(value);
      if (label === undefined) {
        throw notFound(`The statements list's "${key}" filter has no value "${value}".`);
      }
      return label;
    });
    attributes[FILTER_ATTRIBUTES[key]] = values.join(',');
    described.push(`${filterLabel(lang, key)}: ${labels.join(', ')}`);
  }
  for (const key of DATE_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    lookupDate(key, value);
    attributes[key] = value;
    described.push(`${key === 'from' ? t.fromLabel : t.toLabel} ${value}`);
  }
  const q = params.get(QUERY_PARAM)?.trim() ?? '';
  const sort = listSort(params.get(SORT_PARAM)?.trim() ?? '', q);
  if (sort) attributes.sort = sort;
  if (q) attributes.query = q;
  const query = viewQuery(params).toString();
  const filters = described.join('; ');
  return {
    lang,
    path: '/statements/',
    url: absolute(localPath(lang, '/statements/')) + (query ? `?${query}` : ''),
    widget: q ? 'search' : 'statement-list',
    attributes,
    title: q
      ? `${fill(t.oembedSearch, { q })}${filters ? ` · ${filters}` : ''}`
      : `${t.statementsTitle}${filters ? ` · ${filters}` : ''}`,
  };
}

/** A date the query API accepts, or 404 with its message. */
function lookupDate(key: 'from' | 'to', value: string): void {
  try {
    record.query({ [key]: value }, { limit: 0 });
  } catch (error) {
    if (error instanceof Error) throw notFound(error.message);
    throw error;
  }
}

/** The list's `sort` attribute for the page's order; the search can only rank by relevance. */
function listSort(sort: string, q: string): string | undefined {
  const orders: readonly string[] = ['relevance', ...SORTS];
  if (sort && !orders.includes(sort)) {
    throw notFound(
      `The statements list has no order "${sort}"; its orders are ${orders.join(', ')}.`,
    );
  }
  if (q) {
    if (sort && sort !== 'relevance') {
      throw notFound(
        `A search embed ranks its results by relevance, so sort=${sort} cannot be kept; remove sort or the search words (q).`,
      );
    }
    return undefined;
  }
  // Without search words the page lists newest first for "relevance" too, as the list does.
  return sort === 'relevance' || sort === '-date' ? undefined : sort || undefined;
}

/** The oEmbed "rich" document for a view, within the consumer's maximum size. */
function oembedDocument(view: EmbedView, maxwidth?: number, maxheight?: number): object {
  const width = Math.min(DEFAULT_WIDTH, maxwidth ?? Infinity);
  const height = Math.min(INITIAL_HEIGHT[view.widget], maxheight ?? Infinity);
  const site = absolute(localPath(view.lang, '/'));
  const src = site + framePath(view.widget, view.attributes, stableFrameId(view.url));
  const style = [
    'border:0',
    'width:100%',
    ...(maxwidth ? [`max-width:${width}px`] : []),
    // The consumer's limit, not the starting height: the frame grows to its content up to it.
    ...(maxheight ? [`max-height:${maxheight}px`] : []),
  ].join(';');
  const frame = `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(view.title)}" frameborder="0" data-nv-embed style="${style}" loading="lazy"></iframe>`;
  const card = embedCard({
    url: view.url,
    title: view.title,
    ...(view.byline ? { byline: view.byline } : {}),
    siteName: SITE_NAME,
  });
  return {
    type: 'rich',
    version: '1.0',
    title: view.title,
    author_name: view.author?.name ?? SITE_NAME,
    author_url: view.author?.url ?? site,
    provider_name: SITE_NAME,
    provider_url: site,
    cache_age: CACHE_AGE,
    thumbnail_url: absolute(shareImagePath(view.lang, view.path)),
    thumbnail_width: THUMBNAIL.width,
    thumbnail_height: THUMBNAIL.height,
    html: `${card}\n${frame}\n<script async src="${absolute('/embed.js')}"></script>`,
    width,
    height,
  };
}
