/**
 * The iframe embed pages, one per widget and language: the widget alone, its attributes read
 * from the query string, the height posted to the host page (and to WordPress, in its protocol).
 */
import { html } from '../html.js';
import { type Lang, strings } from '../i18n/index.js';
import type { Page } from '../layout.js';
import { absolute, href } from '../site.js';
import { WIDGET_ATTRIBUTES, type Widget } from '../snippets.js';
import { hasBundle } from '../widget-bundles.js';

export function embedFramePage(lang: Lang, widget: Widget): Page {
  const t = strings(lang);
  return {
    path: `/embed/${widget}/`,
    lang,
    title: `${t.embedFrameTitle}: ${t.widgetNames[widget]}`,
    description: t.embedBuilderDescription,
    bare: true,
    scripts: ['frame'],
    widgets: hasBundle(widget) ? [widget] : [],
    body: html`<main class="frame" id="frame" aria-label="${t.embedFrameTitle}" data-widget="${widget}" data-attributes="${WIDGET_ATTRIBUTES[widget].join(' ')}" data-error="${t.embedFrameError}" data-site="${absolute('/')}">
  <noscript><p><a href="${href(lang === 'en' ? '/' : '/uk/')}" target="_blank" rel="noopener">Null &amp; Void</a></p></noscript>
</main>`,
  };
}
