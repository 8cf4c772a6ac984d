/**
 * Embed snippets, shared by the prerendered pages and the embed builder in the browser: the
 * same widget and attributes always give the same markup.
 */

export const WIDGETS = [
  'statement',
  'quote',
  'statement-list',
  'search',
  'timeline',
  'tally',
] as const;
export type Widget = (typeof WIDGETS)[number];

/** The filters the list and the search share (the query API's filters, as attributes). */
export const LIST_FILTER_ATTRIBUTES = [
  'event',
  'region',
  'issuer-kind',
  'topic',
  'issuer',
  'signatory',
  'speaker',
  'kind',
  'call-to-action',
  'legal-ref',
  'country',
  'year',
  'read',
  'text-lang',
  'from',
  'to',
] as const;

/**
 * The attributes each widget accepts besides `lang` and `theme` (DESIGN §3). The theme filter
 * is `topic`, because `theme` is every widget's colour scheme.
 */
export const WIDGET_ATTRIBUTES: Record<Widget, readonly string[]> = {
  statement: ['statement', 'variant', 'quote'],
  quote: ['statement', 'quote'],
  'statement-list': [...LIST_FILTER_ATTRIBUTES, 'limit', 'sort', 'filters'],
  search: ['placeholder', 'query', ...LIST_FILTER_ATTRIBUTES, 'limit'],
  timeline: ['event', 'from', 'to', 'limit'],
  tally: ['instrument', 'event'],
};

export const COMMON_ATTRIBUTES = ['lang', 'theme'] as const;

export function isWidget(value: string): value is Widget {
  return (WIDGETS as readonly string[]).includes(value);
}

/** Keeps only the attributes a widget accepts, in a stable order, without empty values. */
export function widgetAttributes(
  widget: Widget,
  attributes: Readonly<Record<string, string | undefined>>,
): [string, string][] {
  return [...WIDGET_ATTRIBUTES[widget], ...COMMON_ATTRIBUTES].flatMap((name) => {
    const value = attributes[name];
    return value === undefined || value === '' ? [] : [[name, value] as [string, string]];
  });
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const escapeText = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** What a page without JavaScript (or a feed reader) shows inside the tag. */
export interface Fallback {
  text: string;
  /** Who and when, e.g. "NATO North Atlantic Council, 22 September 2022". */
  attribution: string;
  url: string;
  linkText: string;
}

export interface ScriptSnippetOptions {
  widget: Widget;
  attributes: Readonly<Record<string, string | undefined>>;
  /** Absolute URL of the site, ending in `/`. */
  siteUrl: string;
  /** `sha384-…` of the bundle, when known. */
  integrity?: string;
  fallback?: Fallback;
}

export function scriptSnippet(options: ScriptSnippetOptions): string {
  const { widget, siteUrl, integrity, fallback } = options;
  const src = `${siteUrl}widgets/${widget}.js`;
  const pin = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  const attributes = widgetAttributes(widget, options.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const inner = fallback
    ? `\n  <blockquote>\n    <p>${escapeText(fallback.text)}</p>\n    <footer>${escapeText(fallback.attribution)}. <a href="${escapeAttribute(fallback.url)}">${escapeText(fallback.linkText)}</a></footer>\n  </blockquote>\n`
    : '';
  return `<script type="module" src="${src}"${pin}></script>\n<nv-${widget}${attributes}>${inner}</nv-${widget}>`;
}

export interface IframeSnippetOptions {
  widget: Widget;
  attributes: Readonly<Record<string, string | undefined>>;
  siteUrl: string;
  /** Path prefix of the language, `` or `uk/`. */
  langPrefix: string;
  /** A random id the frame sends back with its height, so that each frame is told apart. */
  frameId: string;
  title: string;
  height: number;
}

/** The frame page's URL: the widget's attributes in the query string. */
export function framePath(
  widget: Widget,
  attributes: Readonly<Record<string, string | undefined>>,
  frameId: string,
): string {
  const query = new URLSearchParams(
    widgetAttributes(widget, attributes).filter(([name]) => name !== 'lang'),
  );
  query.set('id', frameId);
  return `embed/${widget}/?${query.toString()}`;
}

export function iframeSnippet(options: IframeSnippetOptions): string {
  const src = `${options.siteUrl}${options.langPrefix}${framePath(options.widget, options.attributes, options.frameId)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" data-nv-embed width="100%" height="${options.height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n<script src="${options.siteUrl}embed.js" async></script>`;
}

/** A short random id for one iframe (letters and digits). */
export function randomFrameId(random: () => number = Math.random): string {
  let id = 'nv-';
  for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
