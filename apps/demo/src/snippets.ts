/**
 * Embed snippets, shared by the prerendered pages and the embed builder in the browser: the
 * same widget and attributes always give the same markup.
 */
import { FILTER_ATTRIBUTES } from '@null-and-void/widgets/attributes.js';

export const WIDGETS = [
  'statement',
  'quote',
  'statement-list',
  'search',
  'timeline',
  'tally',
  'vote-map',
] as const;
export type Widget = (typeof WIDGETS)[number];

/** The list filters (see the widgets' FILTER_ATTRIBUTES), the date range and the page size. */
const FILTERS = [...Object.keys(FILTER_ATTRIBUTES), 'from', 'to', 'limit'];

/** The attributes each widget accepts besides the common ones (`snippets.test.ts` checks them against `custom-elements.json`). */
export const WIDGET_ATTRIBUTES: Record<Widget, readonly string[]> = {
  statement: ['statement', 'variant', 'quote'],
  quote: ['statement', 'quote'],
  'statement-list': [...FILTERS, 'sort', 'filters'],
  search: ['query', 'placeholder', ...FILTERS],
  timeline: ['event', 'from', 'to', 'limit'],
  tally: ['instrument', 'event'],
  'vote-map': ['instrument'],
};

/** Every widget's attributes: language, colour scheme, and `no-credit` (boolean) to hide the credit line. */
export const COMMON_ATTRIBUTES = ['lang', 'theme', 'no-credit'] as const;

/** Attributes that are present or absent, written without a value. */
const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['no-credit']);

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

/** ` name="value"` for each attribute, booleans bare. */
function attributeMarkup(pairs: readonly [string, string][]): string {
  return pairs
    .map(([name, value]) =>
      BOOLEAN_ATTRIBUTES.has(name) ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
    )
    .join('');
}

export interface ScriptSnippetOptions {
  widget: Widget;
  attributes: Readonly<Record<string, string | undefined>>;
  /** Absolute URL of the folder the bundles are in, ending in `/`: the CDN's, or the site's `widgets/`. */
  scriptBase: string;
  /** `sha384-…` of the bundle, when known. */
  integrity?: string;
  /** Markup shown until the widget loads and to readers without JavaScript (see fallbacks.ts). */
  fallback?: string;
}

export function scriptSnippet(options: ScriptSnippetOptions): string {
  const { widget, scriptBase, integrity, fallback } = options;
  const src = `${scriptBase}${widget}.js`;
  const pin = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  const attributes = attributeMarkup(widgetAttributes(widget, options.attributes));
  const inner = fallback ? `\n  ${fallback}\n` : '';
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
  /** A picture of the embed for readers without JavaScript: its share image and the page it shows. */
  image?: { src: string; href: string };
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

/**
 * The iframe snippet's inline style: it holds against a host page's own CSS, where the `width`
 * attribute would not. The site's Content-Security-Policy allows this one value by its hash
 * (`security-headers.ts`), since the builder's previews show the snippet as it is pasted.
 */
export const FRAME_STYLE = 'border:0;width:100%;max-width:100%';

export function iframeSnippet(options: IframeSnippetOptions): string {
  const src = `${options.siteUrl}${options.langPrefix}${framePath(options.widget, options.attributes, options.frameId)}`;
  const { image } = options;
  const noscript = image
    ? `\n<noscript><a href="${escapeAttribute(image.href)}"><img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(options.title)}" width="600" height="315"></a></noscript>`
    : '';
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" data-nv-embed width="100%" height="${options.height}" style="${FRAME_STYLE}" loading="lazy"></iframe>${noscript}\n<script src="${options.siteUrl}embed.js" async></script>`;
}

/** A short random id for one iframe (letters and digits). */
export function randomFrameId(random: () => number = Math.random): string {
  let id = 'nv-';
  for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
