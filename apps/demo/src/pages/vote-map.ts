/**
 * The world map of one UN vote (`/instruments/<id>/map/`): `nv-vote-map` around the same states
 * grouped by vote that its embed snippet carries, so that the page reads the same without
 * JavaScript, and the panel that hands out the map's snippets.
 */
import type { LegalInstrument } from '@null-and-void/statements';
import { paths } from '../components.js';
import { fallbackFor } from '../fallbacks.js';
import { html, raw } from '../html.js';
import { fill, type Lang, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { oembedLink } from '../oembed-link.js';
import { hasBundle } from '../widget-bundles.js';
import { embedContext, pageEmbedPanel } from './embed-panel.js';
import { breadcrumbs, pageHeader } from './parts.js';

/** The map page of an instrument with a recorded vote. */
export function voteMapPage(lang: Lang, instrument: LegalInstrument): Page {
  const t = strings(lang);
  const path = paths.voteMap(instrument.id);
  const name = instrument.symbol ?? instrument.title[lang];
  const title = fill(t.voteMapTitle, { name });
  const fallback = raw(
    fallbackFor(embedContext(lang), 'vote-map', { instrument: instrument.id }) ?? '',
  );
  return {
    path,
    lang,
    scripts: ['site'],
    widgets: hasBundle('vote-map') ? ['vote-map'] : [],
    title,
    head: oembedLink(lang, path, title),
    description: t.voteMapIntro,
    jsonLd: [
      breadcrumbs(lang, [
        [name, paths.instrument(instrument.id)],
        [t.voteMapLink, path],
      ]),
    ],
    body: html`${pageHeader(title, t.voteMapIntro, html`<a href="${link(lang, paths.instrument(instrument.id))}">${instrument.title[lang]}</a>`)}
<nv-vote-map instrument="${instrument.id}" lang="${lang}" theme="auto">${fallback}</nv-vote-map>
${pageEmbedPanel(lang, path)}`,
  };
}
