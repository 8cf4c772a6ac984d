/** An embed's preview on a page: the snippet itself in a bare page, sized to its content by script. */
import { type Html, html } from '../html.js';
import type { Lang } from '../i18n/index.js';
import { previewDocument } from '../preview-document.js';

export function previewFrame(lang: Lang, title: string, snippet: string): Html {
  return html`<iframe class="preview__frame" data-embed-preview title="${title}" srcdoc="${previewDocument(lang, snippet)}" height="420"></iframe>`;
}
