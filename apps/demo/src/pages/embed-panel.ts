/**
 * "Embed this": a page's view as the two snippets an editor copies, with a preview of the script
 * snippet exactly as pasted (a bare page, see preview.ts) and a link to the builder for more.
 */
import type { EmbedSnippets } from '../embeds.js';
import { embedSnippets } from '../embeds.js';
import type { FallbackContext } from '../fallbacks.js';
import { type Html, html } from '../html.js';
import { type Lang, strings } from '../i18n/index.js';
import { link } from '../layout.js';
import { pageEmbed } from '../oembed.js';
import { record } from '../record.js';
import { absolute } from '../site.js';
import type { Widget } from '../snippets.js';
import { bundleIntegrity, CDN_SCRIPT_BASE, hasBundle } from '../widget-bundles.js';
import { copyBlock } from './parts.js';
import { previewFrame } from './preview.js';

/** The context the snippets of this site's pages are written in. */
export function embedContext(lang: Lang): FallbackContext {
  return { catalog: record, lang, siteUrl: absolute('/') };
}

/**
 * A frame id that is stable across builds, so that a prerendered snippet does not change: a hash
 * of what the frame shows.
 */
export function stableFrameId(key: string): string {
  let hash = 0;
  for (const c of key) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0;
  return `nv-${hash.toString(36)}`;
}

/** Both snippets of a widget as this site's pages hand them out. */
export function pageSnippets(
  lang: Lang,
  widget: Widget,
  attributes: Readonly<Record<string, string>>,
): EmbedSnippets {
  const integrity = bundleIntegrity(widget);
  return embedSnippets(embedContext(lang), {
    widget,
    attributes: { ...attributes, lang },
    ...(integrity ? { integrity } : {}),
    scriptBase: CDN_SCRIPT_BASE,
    // The statement's id alone, as before, so that snippets already pasted keep their frame id.
    frameId: stableFrameId(
      widget === 'statement'
        ? (attributes.statement ?? '')
        : `${widget}?${new URLSearchParams(attributes)}`,
    ),
  });
}

export function embedPanel(
  lang: Lang,
  heading: string,
  widget: Widget,
  attributes: Readonly<Record<string, string>>,
  /** More ways to take the view, e.g. its image, after the snippets. */
  more?: Html,
): Html {
  const t = strings(lang);
  const snippets = pageSnippets(lang, widget, attributes);
  const builder = `/embed-builder/?${new URLSearchParams({ widget, ...attributes })}`;
  return html`<section class="embed-panel" aria-labelledby="embed">
  <h2 id="embed">${heading}</h2>
  <p>${t.embedIntro}</p>
  ${
    hasBundle(widget)
      ? html`<h3>${t.builderPreview}</h3>
  ${previewFrame(lang, t.builderAsScript, snippets.preview)}`
      : ''
  }
  ${copyBlock(lang, 'embed-script', t.embedScript, snippets.script, 'code')}
  ${copyBlock(lang, 'embed-iframe', t.embedIframe, snippets.iframe, 'code')}
  ${more ?? ''}
  <p><a href="${link(lang, builder)}">${t.embedMore}</a></p>
</section>`;
}

/** The "Embed this" panel of a record's page: the same view its oEmbed answer gives. */
export function pageEmbedPanel(lang: Lang, path: string, more?: Html): Html | '' {
  const view = pageEmbed(lang, path);
  if (!view) return '';
  return embedPanel(lang, strings(lang).embedThisView, view.widget, view.attributes, more);
}
