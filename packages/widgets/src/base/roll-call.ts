import type { LegalInstrument } from '@null-and-void/statements/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { type AllStrings, formatDate, type Lang } from '../i18n/index.js';
import { own } from './own.js';
import { externalLink } from './render-helpers.js';
import { safeUrl } from './safe-url.js';

/**
 * The caption of a figure of an instrument's vote, as the tally and the vote map draw it: the
 * instrument's kind, symbol and date in small capitals, its title, and what the figure adds.
 */
export function voteCaption(
  instrument: LegalInstrument,
  view: { lang: Lang; t: AllStrings },
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const { lang, t } = view;
  return html`<figcaption part="caption" class="caption">
    <p class="meta">
      <span>${own(t.instrumentKinds, instrument.kind) ?? instrument.kind}</span>${
        instrument.symbol ? html`<span>${instrument.symbol}</span>` : nothing
      }<span><time datetime=${instrument.date}>${formatDate(lang, instrument.date)}</time></span>
    </p>
    <p class="title">${instrument.title[lang]}</p>
    ${extra}
  </figcaption>`;
}

/** The links to where an instrument's votes were read (its own page first), each once. */
export function voteSources(
  instrument: LegalInstrument,
  t: AllStrings,
): TemplateResult | typeof nothing {
  const sources = [
    ...new Set(
      [instrument.url, ...(instrument.votes?.sources ?? [])].filter(
        (url): url is string => safeUrl(url) !== undefined,
      ),
    ),
  ];
  if (!sources.length) return nothing;
  return html`<p part="sources" class="sources">
    <span class="muted">${t.tallySources}:</span>
    ${sources.map((url) => externalLink(url, new URL(url).hostname.replace(/^www\./, '')))}
  </p>`;
}
