/**
 * oEmbed discovery: the address of the endpoint for a page, and the `<link>` each embeddable
 * page carries so that a CMS given the page's address finds its embed.
 */
import { type Html, html } from './html.js';
import type { Lang } from './i18n/index.js';
import { localPath } from './layout.js';
import { absolute } from './site.js';

/** Where `serve.ts` answers oEmbed requests (also with a trailing slash). */
export const OEMBED_PATH = '/oembed';

/** The endpoint's address for the page at `pageUrl` (absolute, as a reader would paste it). */
export function oembedHref(pageUrl: string): string {
  return `${absolute(OEMBED_PATH)}?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
}

/** The discovery `<link>` of a page, for its `<head>`. */
export function oembedLink(lang: Lang, path: string, title: string): Html {
  return html`<link rel="alternate" type="application/json+oembed" href="${oembedHref(absolute(localPath(lang, path)))}" title="${title}">\n`;
}
