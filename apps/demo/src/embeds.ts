/**
 * The two snippets of one embed (script and iframe), with what they say about it: the frame's
 * title, the fallback content, the page of the site that shows the same view, and its image.
 * Used by the prerendered pages and by the embed builder in the browser, so that an editor gets
 * the same snippet from either.
 */

import type { Statement } from '@null-and-void/statements';
import {
  attributeFilter,
  type FallbackContext,
  fallbackFor,
  pageUrl,
  statementsViewUrl,
} from './fallbacks.js';
import { shorten } from './format.js';
import { fill, strings } from './i18n/index.js';
import { shareImagePath } from './images/paths.js';
import { paths } from './paths.js';
import { iframeSnippet, scriptSnippet, type Widget } from './snippets.js';

type Attributes = Readonly<Record<string, string | undefined>>;

const one = (value: string | undefined): string | undefined =>
  value && !value.includes(',') ? value.trim() : undefined;

/** The site page (path without the language prefix) that shows the view a widget shows. */
export function recordPath(widget: Widget, attributes: Attributes): string {
  const statement = attributes.statement ?? '';
  switch (widget) {
    case 'statement':
      return paths.statement(statement);
    case 'quote':
      return paths.quote(statement, Number(attributes.quote || 0) + 1);
    case 'statement-list':
    case 'search':
      return '/statements/';
    case 'timeline': {
      const event = one(attributes.event);
      return event ? paths.event(event) : '/';
    }
    case 'tally':
      return attributes.instrument
        ? paths.instrument(attributes.instrument)
        : paths.event(attributes.event ?? '');
    case 'vote-map':
      return paths.voteMap(attributes.instrument ?? '');
  }
}

/** The absolute address of that page, with a list's view in its query string. */
export function recordUrl(
  context: FallbackContext,
  widget: Widget,
  attributes: Attributes,
): string {
  if (widget === 'statement-list' || widget === 'search') {
    return statementsViewUrl(
      context,
      attributeFilter(attributes),
      attributes.query,
      attributes.sort,
    );
  }
  return pageUrl(context, recordPath(widget, attributes));
}

/** A quote in a line: the speaker and the start of the words. */
export function quoteTitle(context: FallbackContext, statement: Statement, index: number): string {
  const quote = statement.quotes[index]!;
  return fill(strings(context.lang).quoteTitle, {
    speaker: context.catalog.actor(quote.speaker).name[context.lang],
    text: shorten(quote.text, 90),
  });
}

/** What the embed shows, in words: an iframe's title, read out by screen readers. */
export function embedTitle(
  context: FallbackContext,
  widget: Widget,
  attributes: Attributes,
): string {
  const { catalog, lang } = context;
  const t = strings(lang);
  const find = <T>(lookup: () => T): T | undefined => {
    try {
      return lookup();
    } catch {
      return undefined;
    }
  };
  const statement = find(() => catalog.get(attributes.statement ?? ''));
  const event = one(attributes.event);
  const eventName = event ? find(() => catalog.event(event).name[lang]) : undefined;
  let title: string | undefined;
  switch (widget) {
    case 'statement':
      title = statement?.title[lang];
      break;
    case 'quote': {
      const quote = statement?.quotes[Number(attributes.quote || 0)];
      const speaker = quote && find(() => catalog.actor(quote.speaker).name[lang]);
      title =
        statement && speaker ? `${speaker}: ${statement.title[lang]}` : statement?.title[lang];
      break;
    }
    case 'statement-list': {
      const issuer = one(attributes.issuer);
      const about = eventName ?? (issuer && find(() => catalog.actor(issuer).name[lang]));
      title = about ? `${t.frameTitleList}: ${about}` : t.frameTitleList;
      break;
    }
    case 'search':
      title = t.frameTitleSearch;
      break;
    case 'timeline':
      title = eventName ? `${t.frameTitleTimeline}: ${eventName}` : t.frameTitleTimeline;
      break;
    case 'tally': {
      const instrument =
        attributes.instrument && find(() => catalog.instrument(attributes.instrument ?? ''));
      title = instrument
        ? `${instrument.symbol ?? ''} ${instrument.title[lang]}`.trim()
        : eventName;
      break;
    }
    case 'vote-map': {
      const instrument = find(() => catalog.instrument(attributes.instrument ?? ''));
      const name = instrument && (instrument.symbol ?? instrument.title[lang]);
      title = name && fill(t.voteMapTitle, { name });
      break;
    }
  }
  return `Null & Void: ${title ?? t.widgetNames[widget]}`;
}

export interface EmbedSnippetOptions {
  widget: Widget;
  /** The widget's attributes, `lang` among them. */
  attributes: Attributes;
  /** `sha384-…` of the widget's bundle, when known. */
  integrity?: string;
  /** The folder the script snippet loads the bundle from, ending in `/` (the versioned CDN URL). */
  scriptBase: string;
  /** The id the iframe's messages carry (see snippets.ts `randomFrameId`). */
  frameId: string;
}

export interface EmbedSnippets {
  script: string;
  /**
   * The script snippet as the site's own previews run it: the same markup and hash, loading the
   * site's copy of the same file (`widgets/`), which exists before the version is on the CDN.
   */
  preview: string;
  iframe: string;
  title: string;
  /** The page of the site that shows the same view. */
  url: string;
}

/** Both snippets for a widget, in the language of the context. */
export function embedSnippets(
  context: FallbackContext,
  options: EmbedSnippetOptions,
): EmbedSnippets {
  const { widget, attributes, integrity, frameId, scriptBase } = options;
  const title = embedTitle(context, widget, attributes);
  const url = recordUrl(context, widget, attributes);
  const fallback = fallbackFor(context, widget, attributes);
  const image = `${context.siteUrl}${shareImagePath(context.lang, recordPath(widget, attributes)).slice(1)}`;
  const script = (base: string) =>
    scriptSnippet({
      widget,
      attributes,
      scriptBase: base,
      ...(integrity ? { integrity } : {}),
      ...(fallback ? { fallback } : {}),
    });
  return {
    title,
    url,
    script: script(scriptBase),
    preview: script(`${context.siteUrl}widgets/`),
    iframe: iframeSnippet({
      widget,
      attributes,
      siteUrl: context.siteUrl,
      langPrefix: context.lang === 'uk' ? 'uk/' : '',
      frameId,
      title,
      height: widget === 'tally' || widget === 'quote' ? 260 : widget === 'vote-map' ? 900 : 420,
      image: { src: image, href: url },
    }),
  };
}
