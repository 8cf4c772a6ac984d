/**
 * An embed's preview on a page: the snippet itself in a bare page, sized to its content by script.
 * The page goes in `data-srcdoc`, and the page's script loads it when it comes near the screen,
 * so that a preview far down a page costs the first view nothing.
 */
import { type Html, html } from '../html.js';
import type { Lang } from '../i18n/index.js';
import { previewDocument } from '../preview-document.js';

export function previewFrame(lang: Lang, title: string, snippet: string): Html {
  return html`<iframe class="preview__frame" data-embed-preview title="${title}" data-srcdoc="${previewDocument(lang, snippet)}" height="420"></iframe>`;
}
